# Lock/RLock.acquire argument checks in CPython's order, _is_owned, Condition._lock
import threading, math

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

held = threading.Lock()
held.acquire()
for t in [math.nan, -0.5, -2, 1e10, math.inf, -math.inf, 10**10, 10**30, "x", 0.001, 0]:
    attempt("Lock timeout=%r" % (t,), lambda: held.acquire(timeout=t))
for args in [(False, -0.5), (False, 2), (False, -1), (0, 0), (False, math.nan)]:
    attempt("Lock acquire%r" % (args,), lambda: held.acquire(*args))

r = threading.RLock()
def other():
    for t in [math.nan, -3, 1e100, 0.001]:
        attempt("RLock timeout=%r" % (t,), lambda: r.acquire(timeout=t))
    print("other owns:", r._is_owned())
with r:
    print("owner owns:", r._is_owned())
    th = threading.Thread(target=other)
    th.start()
    th.join()
print("after:", r._is_owned())

c = threading.Condition()
print(type(c._lock).__name__, c._is_owned())
with c:
    print(c._is_owned())
lk = threading.Lock()
c2 = threading.Condition(lk)
print(c2._lock is lk, c2._is_owned())
with c2:
    print(c2._is_owned())

for o in [threading.Lock(), threading.RLock(), threading.Semaphore()]:
    try:
        o.missing
    except AttributeError as e:
        print(e)
for v in [-1, 0]:
    attempt("Semaphore(%d)" % v, lambda: threading.Semaphore(v)._value)
    attempt("BoundedSemaphore(%d)" % v, lambda: threading.BoundedSemaphore(v)._value)
b = threading.BoundedSemaphore(1)
attempt("over-release", b.release)
attempt("release(0)", lambda: threading.Semaphore(0).release(0))
attempt("non-blocking timeout", lambda: threading.Semaphore(0).acquire(blocking=False, timeout=1))
