# A Barrier waiter that is cancelled (a timeout() around it, its group cancelled) leaves the round without
# breaking the barrier, as an exception leaves CPython's Barrier.wait; only wait's own timeout breaks it.
# So cancelling a group of waiters makes none of them fail with BrokenBarrierError.
import threading, time

b = threading.Barrier(3)
try:
    with timeout(0.05):
        b.wait()
except TimeoutError:
    print("timeout(): broken:", b.broken, "waiting:", b.n_waiting)

res = []
def w():
    res.append(b.wait())
await:
    async: w()
    async: w()
    while b.n_waiting < 2:
        time.sleep(0.001)
    res.append(b.wait())
print("next round:", sorted(res))

with ThreadGroup() as g:
    for _ in range(2):
        g.spawn(b.wait)
    while b.n_waiting < 2:
        time.sleep(0.001)
    g.cancel()
print("group cancelled: broken:", b.broken, "waiting:", b.n_waiting)

try:
    b.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("wait(timeout) breaks it:", b.broken)
