# queue.PriorityQueue with (priority, seq, item) tuples: order, ties, task_done/join with workers, maxsize
import queue, threading

pq = queue.PriorityQueue()
for item in [(3, 0, "c"), (1, 1, "a"), (2, 2, "b"), (1, 0, "a0"), (5, 3, "e")]:
    pq.put(item)
print(pq.qsize(), pq.empty(), pq.full())
print([pq.get() for _ in range(5)])
try:
    pq.get_nowait()
except queue.Empty:
    print("Empty")

# items that cannot be compared fail in put, as heapq does
pq.put((1, {"x": 1}))
try:
    pq.put((1, {"y": 2}))
except TypeError as e:
    print("TypeError:", e)
pq.get(); pq.task_done()

work = queue.PriorityQueue()
done = []
lock = threading.Lock()
def worker():
    while True:
        prio, n = work.get()
        if n is None:
            work.task_done()
            return
        with lock:
            done.append(n * n)
        work.task_done()
for n in range(20):
    work.put((n % 3, n))
ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
work.join()
print(sorted(done) == sorted(n * n for n in range(20)), work.unfinished_tasks)
for _ in ws:
    work.put((99, None))
for w in ws:
    w.join()
print(work.empty(), work.unfinished_tasks)

# maxsize: put with timeout raises Full
small = queue.PriorityQueue(maxsize=2)
small.put((2, "b")); small.put((1, "a"))
try:
    small.put((0, "z"), timeout=0.01)
except queue.Full:
    print("Full", small.qsize())
print(small.get_nowait(), small.get_nowait())
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
