# Condition misuse: wait/notify without holding the lock, foreign lock owners, wait_for(0)
import threading

c = threading.Condition()
for name, call in [("wait", lambda: c.wait(0.01)),
                   ("wait_for", lambda: c.wait_for(lambda: False, 0.01)),
                   ("notify", lambda: c.notify()),
                   ("notify_all", lambda: c.notify_all())]:
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)

# a Condition over an RLock held twice: wait releases it fully and restores the depth
r = threading.RLock()
cr = threading.Condition(r)
seen = []
def other():
    seen.append(r.acquire(timeout=5))
    with cr:
        cr.notify()
    r.release()
with cr:
    with cr:
        t = threading.Thread(target=other)
        t.start()
        print("woken:", cr.wait(5))
    # still held once here: another thread cannot take it
    probe = []
    t2 = threading.Thread(target=lambda: probe.append(r.acquire(blocking=False)))
    t2.start(); t2.join()
    print("free after wait:", probe)
t.join()
probe = []
t2 = threading.Thread(target=lambda: probe.append(r.acquire(blocking=False)) or r.release())
t2.start(); t2.join()
print(seen, probe)

# held by another thread: notify from here fails
c3 = threading.Condition()
held = threading.Event()
go = threading.Event()
def holder():
    with c3:
        held.set()
        go.wait()
t = threading.Thread(target=holder)
t.start()
held.wait()
try:
    c3.notify()
except RuntimeError as e:
    print("foreign RuntimeError:", e)
go.set()
t.join()
# Condition is a context manager that returns the lock's acquire result
with c3 as v:
    print("enter value:", v)
print(c3.acquire(False), c3.acquire(False))
c3.release()
