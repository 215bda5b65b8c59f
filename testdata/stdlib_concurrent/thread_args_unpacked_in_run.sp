# Thread keeps args/kwargs as given and unpacks them when run() calls the target (as CPython):
# args=(1) -- an int, not a tuple -- fails inside the new thread and the program goes on
import threading
from collections.abc import Mapping

def hook(a):
    print(f"  {a.thread.name}: {a.exc_type.__name__}: {a.exc_value}")
threading.excepthook = hook

def work(x, y=0):
    print("  work", x, y)

class Job:
    def step(self, n):
        print("  step", n)

class Opts(Mapping):
    def __init__(self, **kw): self.kw = kw
    def __getitem__(self, k): return self.kw[k]
    def __iter__(self): return iter(self.kw)
    def __len__(self): return len(self.kw)

cases = [
    ("int args", dict(target=work, args=(1))),
    ("str args", dict(target=work, args="ab")),
    ("list args", dict(target=work, args=[1, 2])),
    ("generator args", dict(target=work, args=(i * 10 for i in range(2)))),
    ("list kwargs", dict(target=work, args=(1,), kwargs=[("y", 2)])),
    ("mapping kwargs", dict(target=work, args=(1,), kwargs=Opts(y=5))),
    ("non-str key", dict(target=work, args=(1,), kwargs={1: 2})),
    ("method, int args", dict(target=Job().step, args=(7))),
    ("builtin, int args", dict(target=print, args=5)),
    ("not callable", dict(target=42)),
]
for i, (title, kw) in enumerate(cases):
    print(title)
    t = threading.Thread(name=f"T{i}", **kw)
    t.start()
    t.join()
    print("  alive:", t.is_alive())

t = threading.Thread(target=work, args=(1))
print(t._args, t._kwargs)
t = threading.Thread(target=work, args=[3], kwargs={"y": 4})
print(t._args, t._kwargs)
t.run()
t = threading.Thread(target=work, args=(1))
try:
    t.run()
except TypeError as e:
    print("run in main:", e)
print("main goes on")
