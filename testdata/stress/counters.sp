# Compound updates made atomic with Mutex, Lock and threading primitives from
# sixteen threads give exact totals; collections.deque and queue.Queue shared
# between producers and consumers lose and duplicate nothing.
import collections, queue, threading

total = Mutex(0)
counts = Mutex({})
lock = threading.Lock()
plain = {"n": 0}

def bump(w):
    for i in range(500):
        total.update(lambda n: n + 1)
        with counts.lock() as c:
            c[i % 10] = c.get(i % 10, 0) + 1
        with lock:
            plain["n"] += 1

await:
    for w in range(16):
        async: bump(w)
print(total.get(), plain["n"], sorted(counts.get().items())[:3])

dq = collections.deque()
got = []
def producer(w):
    for i in range(1000):
        dq.append((w, i))
def consumer():
    n = 0
    while n < 2000:
        try:
            got.append(dq.popleft())
            n += 1
        except IndexError:
            pass
await:
    for w in range(8):
        async: producer(w)
    for c in range(4):
        async: consumer()
print(len(got), len(set(got)), len(dq))

q = queue.Queue(maxsize=50)
out = []
def qproducer(w):
    for i in range(500):
        q.put((w, i))
def qconsumer():
    while True:
        item = q.get()
        if item is None:
            return
        out.append(item)
await:
    for c in range(4):
        async: qconsumer()
    await:
        for w in range(8):
            async: qproducer(w)
    for c in range(4):  # the producers are done: one stop marker per consumer
        q.put(None)
print(len(out), len(set(out)), q.qsize())
