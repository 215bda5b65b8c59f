# Barrier with an action, wait() indexes, timeouts that break it, reset
import threading

log = []
lock = threading.Lock()

def action():
    log.append("action by " + ("worker" if threading.current_thread().name.startswith("w") else "main"))

b = threading.Barrier(3, action=action)
idx = []
def w(i):
    r = b.wait()
    with lock:
        idx.append(r)
ts = [threading.Thread(target=w, args=(i,), name=f"w{i}") for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), log, b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after timeout; broken =", b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("still broken:", type(e).__name__, isinstance(e, RuntimeError))
b2.reset()
print("after reset broken =", b2.broken)

def bad_action():
    raise ValueError("action failed")
b3 = threading.Barrier(2, action=bad_action)
res = []
def w3():
    try:
        b3.wait()
        res.append("ok")
    except threading.BrokenBarrierError:
        res.append("broken")
    except ValueError as e:
        res.append("ValueError " + str(e))
ts = [threading.Thread(target=w3) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res), b3.broken)
b4 = threading.Barrier(2)
def late():
    try:
        b4.wait(timeout=0.02)
    except threading.BrokenBarrierError:
        print("timed out waiter saw BrokenBarrierError")
t = threading.Thread(target=late)
t.start()
t.join()
