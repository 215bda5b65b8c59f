# Lock/RLock acquire arguments, locked(), release errors, reprs
import threading

r = threading.RLock()
with r:
    with r:
        print("nested ok")
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

def other():
    res.append(r.acquire(blocking=False))
res = []
r.acquire()
t = threading.Thread(target=other)
t.start(); t.join()
r.release()
print(res)
print("RLock" in repr(r), "unlocked" in repr(r))
l = threading.Lock()
print("unlocked" in repr(l))
l.acquire()
print("locked" in repr(l))
try:
    l.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
