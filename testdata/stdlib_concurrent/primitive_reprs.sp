# CPython's type names and reprs of the threading primitives (addresses cut off)
import re
import threading

def show(o):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(o)))

l = threading.Lock()
print(type(l), type(l).__name__, type(l).__module__)
show(l)
l.acquire()
show(l)
try:
    l.foo
except AttributeError:
    print("AttributeError")
r = threading.RLock()
print(type(r))
show(r)
r.acquire(); r.acquire()
print(repr(r).replace(str(threading.get_ident()), "ME").split(" at ")[0])
e = threading.Event()
show(e)
e.set()
show(e)
show(threading.Condition())
show(threading.Condition(threading.Lock()))
show(threading.Semaphore(2))
b = threading.BoundedSemaphore(3)
b.acquire()
show(b)
bar = threading.Barrier(2)
show(bar)
bar.abort()
show(bar)
for t in (threading.Event, threading.Condition, threading.Semaphore, threading.BoundedSemaphore, threading.Barrier):
    print(t, t.__module__)
import queue
print(type(queue.Queue()), type(queue.SimpleQueue()), queue.Queue().maxsize)
