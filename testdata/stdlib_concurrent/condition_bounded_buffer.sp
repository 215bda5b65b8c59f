# A bounded buffer made of one Lock and two Conditions (not_full / not_empty), as in textbooks:
# 4 producers and 3 consumers move 400 items, none lost or duplicated; a sentinel per consumer ends them
import threading

class Buffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        lock = threading.Lock()
        self.not_full = threading.Condition(lock)
        self.not_empty = threading.Condition(lock)
    def put(self, x):
        with self.not_full:
            self.not_full.wait_for(lambda: len(self.items) < self.size)
            self.items.append(x)
            self.not_empty.notify()
    def get(self):
        with self.not_empty:
            self.not_empty.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.not_full.notify()
            return x

buf = Buffer(3)
got = []
glock = threading.Lock()
def producer(p):
    for i in range(100):
        buf.put((p, i))
def consumer():
    mine = []
    while True:
        x = buf.get()
        if x is None:
            break
        mine.append(x)
    with glock:
        got.extend(mine)
ps = [threading.Thread(target=producer, args=(p,)) for p in range(4)]
cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    buf.put(None)
for t in cs:
    t.join()
print(len(got), len(set(got)), sorted(got) == sorted((p, i) for p in range(4) for i in range(100)))
# per producer, items come out in the order they went in
for p in range(4):
    seq = [i for q, i in got if q == p]
    print(p, len(seq))
print(buf.items)
