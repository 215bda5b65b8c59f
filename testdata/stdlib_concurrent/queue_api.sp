# queue.Queue/LifoQueue/PriorityQueue/SimpleQueue API: nowait, timeouts, Empty/Full, SimpleQueue has no task_done
import queue

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.full(), q.empty(), q.maxsize)
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full as e:
    print("Full again", repr(e))
try:
    q.put(3, block=False)
except queue.Full:
    print("Full nb")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__mro__[1].__name__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b")]: pq.put(x)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("sq Empty")
print(hasattr(sq, "task_done"), hasattr(sq, "join"), type(sq).__name__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
uq = queue.Queue(0)
print(uq.full(), uq.maxsize)
qn = queue.Queue()
qn.put(1, timeout=-1)
print(qn.get())
b = queue.Queue(1)
try:
    b.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
