# threading.Barrier: abort(), reset(), a wait timeout breaks it, an action that raises breaks it
import threading

b = threading.Barrier(3)
errors = []
lock = threading.Lock()
def w():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)
ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.abort()
for t in ts:
    t.join()
print(errors, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken:", type(e).__name__, repr(str(e)))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b.reset()
print("after reset:", b.broken, b.n_waiting)

# a timeout breaks the barrier for everyone
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b2.broken)
b2.reset()
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("explicit timeout, broken:", b2.broken)

# an action that raises: the thread running it gets the exception, others BrokenBarrierError
def bad():
    raise ValueError("action failed")
b3 = threading.Barrier(2, action=bad)
out = []
def w3():
    try:
        b3.wait()
        out.append("ok")
    except Exception as e:
        out.append(type(e).__name__)
ts = [threading.Thread(target=w3) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), b3.broken)

# reset while a thread waits: it gets BrokenBarrierError, the barrier is usable again
b4 = threading.Barrier(2)
got = []
def _w4():
    try:
        b4.wait()
    except threading.BrokenBarrierError:
        got.append("broken")
t = threading.Thread(target=_w4)
t.start()
while b4.n_waiting < 1:
    pass
b4.reset()
t.join()
print(got, b4.broken)
t = threading.Thread(target=lambda: got.append(b4.wait()))
t.start()
got.append(b4.wait())
t.join()
print(sorted(got[1:]))
