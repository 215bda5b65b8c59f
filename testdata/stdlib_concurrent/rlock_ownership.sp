# Lock vs RLock ownership: a Lock may be released by another thread, an RLock only by its owner
# (RuntimeError), RLock counts nested acquires; Condition over a plain Lock; with-statement release on error
import threading

lock = threading.Lock()
lock.acquire()
t = threading.Thread(target=lock.release)
t.start(); t.join()
print("Lock released by another thread:", not lock.locked())

r = threading.RLock()
r.acquire(); r.acquire()
errs = []
def bad_release():
    try:
        r.release()
    except RuntimeError as e:
        errs.append(str(e))
t = threading.Thread(target=bad_release)
t.start(); t.join()
print(errs)
r.release()
probe = []
t = threading.Thread(target=lambda: probe.append(r.acquire(blocking=False)))
t.start(); t.join()
print("still held once:", probe)
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# an RLock taken in another thread while held here: acquire with timeout fails
r.acquire()
out = []
t = threading.Thread(target=lambda: out.append(r.acquire(timeout=0.01)))
t.start(); t.join()
print(out)
r.release()

# a Condition over a plain Lock works; wait releases it so notify can come in
c = threading.Condition(threading.Lock())
box = []
def producer():
    with c:
        box.append("item")
        c.notify()
with c:
    t = threading.Thread(target=producer)
    t.start()
    print("wait_for:", c.wait_for(lambda: box, timeout=5))
t.join()

for name, L in (("Lock", threading.Lock()), ("RLock", threading.RLock())):
    try:
        with L:
            raise ValueError
    except ValueError:
        pass
    print(name, "free after error:", L.acquire(blocking=False))
