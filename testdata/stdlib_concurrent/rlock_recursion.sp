# RLock recursion, ownership errors, Condition over RLock
import threading

r = threading.RLock()
def depth(n):
    with r:
        if n == 0:
            return 0
        return 1 + depth(n - 1)
print(depth(50))
print(r.acquire(), r.acquire(), r._is_owned() if hasattr(r, "_is_owned") else True)
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r.acquire()
res = []
def other():
    res.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
t = threading.Thread(target=other); t.start(); t.join()
print(res)
r.release()
l = threading.Lock()
print(l.acquire(), l.acquire(False), l.locked())
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(l.acquire(timeout=0.01), l.acquire(timeout=0.01))
l.release()
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
cond = threading.Condition(threading.RLock())
with cond:
    with cond:
        print("nested condition ok", cond.wait(0.01))
with l:
    print("with lock", l.locked())
print(l.locked())
