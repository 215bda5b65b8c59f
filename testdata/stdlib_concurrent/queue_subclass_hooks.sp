# queue.Queue subclasses overriding _init/_qsize/_put/_get (the documented
# extension points): put/get/qsize/empty/full go through them
import queue, threading

class DedupQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.seen = set()
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)
    def _get(self):
        return self.queue.pop(0)

q = DedupQueue()
for x in [1, 2, 1, 3, 2]:
    q.put(x)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
print([q.get() for _ in range(q.qsize())], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")

class ByteBudget(queue.Queue):
    # bounded by bytes: _qsize counts bytes, so full() compares them
    def _init(self, maxsize):
        self.queue = []
        self.nbytes = 0
    def _qsize(self):
        return self.nbytes
    def _put(self, item):
        self.queue.append(item)
        self.nbytes += len(item)
    def _get(self):
        item = self.queue.pop(0)
        self.nbytes -= len(item)
        return item

b = ByteBudget(10)
b.put(b"12345")
b.put(b"123456")
print(b.qsize(), b.full())
try:
    b.put(b"x", timeout=0.01)
except queue.Full:
    print("Full")
print(b.get(), b.qsize(), b.full())

class Named(queue.Queue):
    def __init__(self, name, maxsize=0):
        super().__init__(maxsize)
        self.name = name
    def _put(self, item):
        super()._put((self.name, item))

n = Named("jobs", 2)
n.put(1)
n.put(2)
print(n.full(), n.get(), n.qsize(), n.name, n.maxsize)

class Tagged(queue.LifoQueue):
    def _get(self):
        return "got %s" % super()._get()

t = Tagged()
for i in range(3):
    t.put(i)
print([t.get() for _ in range(3)], t.queue)
try:
    t.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

class Doubling(queue.PriorityQueue):
    def _put(self, item):
        super()._put(item * 2)

d = Doubling()
for x in [5, 1, 3]:
    d.put(x)
print([d.get() for _ in range(3)])

class Counting(queue.Queue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self.total = 0
    def _put(self, item):
        if item is not None:
            self.total += item
        super()._put(item)

c = Counting(4)
got = []
def consumer():
    while True:
        x = c.get()
        c.task_done()
        if x is None:
            return
        got.append(x)
workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(100):
    c.put(i)
for w in workers:
    c.put(None)
c.join()
for w in workers:
    w.join()
print(sum(got), len(got), c.total, c.unfinished_tasks)

class Broken(queue.Queue):
    def _get(self):
        raise KeyError("storage")
k = Broken()
k.put(1)
try:
    k.get()
except KeyError as e:
    print("KeyError", e, k.qsize())
