# threading.local subclasses: __init__ runs again (with the constructor's arguments) in each thread, methods/properties/class attributes, per-thread counters
import threading

class MyLocal(threading.local):
    initial = "class attr"
    def __init__(self, /, **kw):
        self.__dict__.update(kw)
        self.calls = getattr(self, "calls", 0) + 1
    def squared(self):
        return self.number ** 2
    @property
    def doubled(self):
        return self.number * 2

mydata = MyLocal(number=42)
print(mydata.number, mydata.squared(), mydata.doubled, mydata.initial, mydata.calls)
log = []
def f():
    items = sorted(mydata.__dict__.items())
    mydata.number = 11
    log.append((items, mydata.number, mydata.squared(), mydata.calls))
t = threading.Thread(target=f)
t.start(); t.join()
print(log)
print(mydata.number, isinstance(mydata, threading.local), type(mydata).__name__)

class Counter(threading.local):
    def __init__(self):
        self.count = 0
c = Counter()
res = []
lock = threading.Lock()
def inc(n):
    for _ in range(n):
        c.count += 1
    with lock:
        res.append(c.count)
ts = [threading.Thread(target=inc, args=(i,)) for i in range(1, 5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), c.count)
