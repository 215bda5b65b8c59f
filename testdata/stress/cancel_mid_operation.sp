# Groups cancelled while their threads are inside `with` blocks, sorting
# with a key function, iterating a `yield from` chain, or waiting on a
# Condition, an Event, a Queue and a Lock; some threads spawn nested groups
# that are cancelled mid-spawn. Every round ends (no hang), no exception
# escapes, and every __exit__ of an entered `with` runs.
import time, threading
from threads import Queue, Event, Lock

log = []

class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append(("enter", self.n))
        return self
    def __exit__(self, *a):
        log.append(("exit", self.n))
        return False

def with_sleeper(n):
    with CM(n):
        time.sleep(100)

def sorter(n):
    data = list(range(300, 0, -1))
    def key(x):
        return -x
    while True:
        data.sort(key=key)

def gen_inner():
    while True:
        yield 1

def gen_outer():
    yield from gen_inner()

def yf(n):
    for x in gen_outer():
        pass

cond = threading.Condition()
ev = Event()
q = Queue()

def cond_waiter(n):
    with cond:
        cond.wait()

def ev_waiter(n):
    ev.wait()

def q_getter(n):
    q.get()

lock = Lock()
lock.acquire()

def nested(n):
    with ThreadGroup() as inner:
        for i in range(100):
            inner.spawn(time.sleep, 100)
            inner.spawn(lock.acquire)

for round in range(10):
    with ThreadGroup() as g:
        for n in range(8):
            g.spawn(with_sleeper, n)
            g.spawn(sorter, n)
            g.spawn(yf, n)
            g.spawn(cond_waiter, n)
            g.spawn(ev_waiter, n)
            g.spawn(q_getter, n)
            g.spawn(nested, n)
        time.sleep(0.002)
        g.cancel()
enters = sorted(n for e, n in log if e == "enter")
exits = sorted(n for e, n in log if e == "exit")
print(enters == exits, len(exits) <= 10 * 8)
print("done")
