# Subclasses of Event, Semaphore, BoundedSemaphore, Condition, Barrier, ThreadPoolExecutor, Future,
# Timer, local and SimpleQueue with their own __init__ pass the arguments through super().__init__;
# an executor subclass is what `with` binds, and map() submits through its submit() (CPython)
import threading, concurrent.futures as cf
class NamedEvent(threading.Event):
    def __init__(self, name):
        super().__init__()
        self.name = name
e = NamedEvent("ready"); e.set(); print(e.name, e.is_set())
class CountingSemaphore(threading.Semaphore):
    def __init__(self, n, label):
        super().__init__(n)
        self.label = label
s = CountingSemaphore(2, "pool")
print(s.label, s.acquire(), s.acquire(), s.acquire(False))
class MyBounded(threading.BoundedSemaphore):
    def __init__(self, label):
        super().__init__(value=1)
        self.label = label
b = MyBounded("x"); b.acquire(); b.release()
try:
    b.release()
except ValueError as err:
    print("VE", err)
class MyCond(threading.Condition):
    def __init__(self, label):
        super().__init__(threading.RLock())
        self.label = label
c = MyCond("c")
with c:
    print(c.label, c.wait(0.01))
class MyBarrier(threading.Barrier):
    def __init__(self, label):
        super().__init__(1, action=lambda: print("action", label))
        self.label = label
print(MyBarrier("b").wait())
class Pool(cf.ThreadPoolExecutor):
    def __init__(self, label):
        super().__init__(max_workers=2, thread_name_prefix=label)
        self.label = label
    def submit(self, fn, *args, **kwargs):
        print("submitting", fn.__name__)
        return super().submit(fn, *args, **kwargs)
with Pool("pp") as p:
    print(p.submit(pow, 2, 8).result(), p._max_workers)
    print(list(p.map(abs, [-1, -2])))
class MyFuture(cf.Future):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
f = MyFuture("t"); f.set_result(3); print(f.tag, f.result())
class MyTimer(threading.Timer):
    def __init__(self, label):
        super().__init__(0.01, lambda: print("timer", label))
t = MyTimer("tm"); t.start(); t.join()
class MyLocal(threading.local):
    def __init__(self, v):
        super().__init__()
        self.v = v
print(MyLocal(3).v)
class Q(__import__("queue").SimpleQueue):
    def __init__(self, label):
        super().__init__()
        self.label = label
q = Q("sq"); q.put(1); print(q.label, q.get())
