# queue.Queue / LifoQueue / PriorityQueue subclasses with their own __init__ pass maxsize
# through super().__init__ (or Queue.__init__(self, ...)), as textbook job queues do
import queue
import threading

class JobQueue(queue.Queue):
    def __init__(self, name, maxsize=0):
        super().__init__(maxsize)
        self.name = name
        self.submitted = 0
    def put(self, item, block=True, timeout=None):
        self.submitted += 1
        super().put(item, block, timeout)

q = JobQueue("jobs", maxsize=2)
print(q.name, q.maxsize, q.qsize(), q.empty())
q.put("a"); q.put("b")
print(q.full(), q.submitted)
try:
    q.put("c", timeout=0.01)
except queue.Full:
    print("full at", q.qsize())

class Doubled(queue.Queue):
    def __init__(self, maxsize):
        queue.Queue.__init__(self, maxsize * 2)
print(Doubled(3).maxsize)

class Stack(queue.LifoQueue):
    def __init__(self, *items):
        super().__init__()
        for it in items:
            self.put(it)
s = Stack(1, 2, 3)
print([s.get() for _ in range(3)], isinstance(s, queue.Queue))

class Tasks(queue.PriorityQueue):
    def __init__(self):
        super().__init__(maxsize=10)
t = Tasks()
for p, name in [(3, "low"), (1, "high"), (2, "mid")]:
    t.put((p, name))
print(t.maxsize, [t.get()[1] for _ in range(3)])

class Plain(queue.Queue):
    pass
print(Plain(4).maxsize, Plain().maxsize, Plain(maxsize=1).maxsize)

# a pipeline over the subclass, with task_done/join
work = JobQueue("pipeline", maxsize=3)
done = []
lock = threading.Lock()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            done.append(item * item)
        work.task_done()
ts = [threading.Thread(target=worker) for _ in range(2)]
for th in ts: th.start()
for i in range(10):
    work.put(i)
for th in ts: work.put(None)
work.join()
for th in ts: th.join()
print(sorted(done), work.submitted, work.unfinished_tasks)
