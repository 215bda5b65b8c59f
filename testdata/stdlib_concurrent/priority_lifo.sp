# PriorityQueue and LifoQueue drained by worker threads; results collected in order
import queue
import threading

pq = queue.PriorityQueue()
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put((prio, name))
print([pq.get() for _ in range(pq.qsize())])
lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print([lq.get() for _ in range(4)])

jobs = queue.PriorityQueue()
for i in range(10):
    jobs.put((10 - i, f"job{i}"))
taken = []
lock = threading.Lock()
def worker():
    while True:
        try:
            prio, job = jobs.get_nowait()
        except queue.Empty:
            return
        with lock:
            taken.append(prio)
        jobs.task_done()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
jobs.join()
print(sorted(taken), len(taken))
sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.get(), sq.get_nowait(), sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
class Task:
    def __init__(self, p):
        self.p = p
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return f"Task({self.p})"
tq = queue.PriorityQueue()
for p in [5, 2, 8]:
    tq.put(Task(p))
print([tq.get() for _ in range(3)])
