# threading.Thread misuse and introspection: start twice, join before start/self, daemon after start, names, ident, main_thread, enumerate, active_count
import threading

t = threading.Thread(target=lambda: None, name="worker")
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.is_alive(), t.ident, t.native_id is None)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
print(t.is_alive(), type(t.ident).__name__, t.name)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

res = []
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        res.append(str(e))
s = threading.Thread(target=self_join)
s.start(); s.join()
print(res)
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("main:", e)
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())

def f():
    pass
a = threading.Thread(target=f)
print(a.name.startswith("Thread-"), a.name.endswith(" (f)"))
b = threading.Thread(target=f, name="custom", daemon=True)
print(b.name, b.daemon)
b.name = "renamed"
print(b.name)
ev = threading.Event()
live = [threading.Thread(target=ev.wait) for _ in range(3)]
for x in live:
    x.start()
print(threading.active_count() >= 4, all(x in threading.enumerate() for x in live))
idents = {x.ident for x in live}
print(len(idents), threading.get_ident() not in idents)
ev.set()
for x in live:
    x.join()
print(any(x in threading.enumerate() for x in live))
try:
    threading.Thread(target=f, bogus=1)
except TypeError as e:
    print("TypeError")
