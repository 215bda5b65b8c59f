# threading.local per thread, get_ident/native_id, enumerate, active_count, names
import threading

data = threading.local()
data.x = "main"
out = {}
lock = threading.Lock()
barrier = threading.Barrier(3)
idents = []

def worker(n):
    print_before = hasattr(data, "x")
    data.x = n
    barrier.wait()
    with lock:
        out[n] = (print_before, data.x)
        idents.append((threading.get_ident(), threading.current_thread().ident, threading.get_native_id() == threading.current_thread().native_id))
    barrier.wait()

ts = [threading.Thread(target=worker, args=(i,), name=f"T{i}") for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()), data.x)
print(all(a == b and c for a, b, c in idents), len({a for a, _, _ in idents}))
print(threading.get_ident() == threading.main_thread().ident, isinstance(threading.get_native_id(), int))
print([t.name for t in threading.enumerate()], threading.active_count())
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        self.calls = getattr(self, "calls", 0) + 1
ml = MyLocal(7)
def f():
    out["sub"] = (ml.v, ml.calls)
t = threading.Thread(target=f); t.start(); t.join()
print(out["sub"], ml.v)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print(hasattr(data, "x"))
print(threading.current_thread().name, threading.main_thread().name)
t = threading.Thread(target=lambda: None)
print(t.ident, t.native_id, t.is_alive())
t.start(); t.join()
print(t.ident is not None, t.is_alive())
print(threading.TIMEOUT_MAX > 1e6)
