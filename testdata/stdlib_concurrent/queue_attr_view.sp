# queue.Queue's `queue` attribute (a live view: peek, len, in, repr as deque/list, clear) and `mutex`,
# as code written for CPython uses them
import queue, threading
q = queue.Queue()
for x in [3, 1, 2]:
    q.put(x)
print(q.queue, list(q.queue), q.queue[0], q.queue[-1], 2 in q.queue, len(q.queue), bool(q.queue))
print(q.get(), q.queue)
with q.mutex:
    q.queue.clear()
print(q.queue, q.qsize(), q.empty(), q.unfinished_tasks, bool(q.queue))
print(q.mutex is q.mutex, type(q.mutex).__name__ if False else "")
l = queue.LifoQueue()
for x in [3, 1, 2]:
    l.put(x)
print(l.queue, l.get(), l.queue)
p = queue.PriorityQueue()
for x in [5, 1, 4]:
    p.put(x)
print(p.queue[0], sorted(p.queue))
work = queue.Queue()
for i in range(5):
    work.put(i)
def drain():
    while True:
        try:
            item = work.get_nowait()
        except queue.Empty:
            return
        with work.mutex:
            if item == 1:
                work.queue.clear()
t = threading.Thread(target=drain); t.start(); t.join()
print(list(work.queue), work.qsize())
try:
    q.queue[5]
except IndexError as e:
    print("IndexError", e)
