# Thread subclass overriding run(), with a result attribute and custom __init__
import threading

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))
        self.seen_name = threading.current_thread().name
        self.same = threading.current_thread() is self

ws = [Worker(i * 10) for i in range(4)]
print([w.name for w in ws], [w.is_alive() for w in ws])
print(repr(ws[0]))
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(w.result, w.seen_name, w.same) for w in ws])
print(repr(ws[0]).startswith("<Worker(worker-0, stopped "))
try:
    ws[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)

class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

class WithTarget(threading.Thread):
    def run(self):
        print("run override, target ignored:", self._target is not None)
t = WithTarget(target=print, args=("never",))
t.start(); t.join()
t = threading.Thread(target=lambda x, y=0: print("target", x, y), args=(1,), kwargs={"y": 2})
t.start(); t.join()
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
