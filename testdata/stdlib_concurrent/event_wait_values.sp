# threading.Event: wait() return values with and without timeouts, set/clear/is_set, many waiters
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=-1))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(timeout=None))
e.set()
e.clear()
print(e.is_set(), e.wait(0.01))
e.clear()

results = []
lock = threading.Lock()
started = threading.Semaphore(0)
def waiter(i):
    started.release()
    r = e.wait(10)
    with lock:
        results.append((i, r, e.is_set()))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for _ in ts:
    started.acquire()
e.set()
for t in ts:
    t.join()
print(sorted(results))

# set then clear at once: a waiter that was already waiting still returns True
ev = threading.Event()
got = []
in_wait = threading.Event()
def w():
    in_wait.set()
    got.append(ev.wait(10))
t = threading.Thread(target=w)
t.start()
in_wait.wait()
import time
time.sleep(0.05)
ev.set()
ev.clear()
t.join()
print(got, ev.is_set())
print(type(ev.wait(0)).__name__)
try:
    ev.wait("x")
except TypeError as ex:
    print("TypeError")
