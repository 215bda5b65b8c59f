# a shared counter protected by a Lock across many threads; a racy-free total
import threading

class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self, n=1):
        with self._lock:
            self.value += n

c = Counter()
def work():
    for _ in range(1000):
        c.increment()
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(c.value)
totals = {}
lock = threading.Lock()
def tally(word):
    with lock:
        totals[word] = totals.get(word, 0) + 1
words = "a b c a b a".split() * 50
ts = [threading.Thread(target=tally, args=(w,)) for w in words]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals.items()))
