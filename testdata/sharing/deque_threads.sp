# collections.deque as a queue between threads (LANGUAGE.md §2.6): append
# and popleft from many threads lose and duplicate nothing; a bounded
# deque keeps exactly maxlen items; an iterator over a deque another
# thread changes raises RuntimeError (as in CPython) or ends, never crashes.
import threading
from collections import deque

def run(targets):
    ts = [threading.Thread(target=t, args=(i,)) for i, t in enumerate(targets)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

q = deque()
got = [[] for _ in range(8)]
def producer(i):
    for j in range(1000):
        if j % 2:
            q.append(i * 10000 + j)
        else:
            q.appendleft(i * 10000 + j)
def consumer(i):
    while len(got[i]) < 1000:
        try:
            got[i].append(q.popleft() if i % 2 else q.pop())
        except IndexError:
            pass
run([producer] * 4 + [consumer] * 4)
allgot = sorted(x for g in got for x in g)
print("queue", len(allgot), allgot == sorted(i * 10000 + j for i in range(4) for j in range(1000)), len(q))

ring = deque(maxlen=100)
def appender(i):
    for j in range(2000):
        ring.append(j)
        ring.appendleft(-j)
        if j % 50 == 0:
            ring.rotate(j % 7 - 3)
run([appender] * 8)
print("bounded", len(ring), ring.maxlen)

errors = set()
d = deque(range(100))
def mutator(i):
    for j in range(3000):
        d.append(j)
        d.popleft()
        if j % 100 == 0:
            d.rotate(1)
def iterator(i):
    for j in range(200):
        try:
            n = sum(1 for _ in d)
        except RuntimeError as e:
            errors.add(str(e))
run([mutator, iterator, mutator, iterator])
print("iterate", len(d), sorted(errors) in ([], ["deque mutated during iteration"]))
