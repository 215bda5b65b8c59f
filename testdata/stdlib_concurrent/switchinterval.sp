# sys.getswitchinterval/setswitchinterval as CPython (kept in whole microseconds; Spindle has no
# GIL, so the value changes nothing): race demonstrations written for CPython run
import sys, threading
print(sys.getswitchinterval())
for v in [0.001, 1e-7, 2, True]:
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
for v in [0, -1, "x", -0.5]:
    try:
        sys.setswitchinterval(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.getswitchinterval(1)
except TypeError as e:
    print(e)
sys.setswitchinterval(1e-6)
lock = threading.Lock()
total = 0
def add():
    global total
    for _ in range(1000):
        with lock:
            total += 1
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(total)
