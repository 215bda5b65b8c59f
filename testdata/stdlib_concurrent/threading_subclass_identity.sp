# a Thread subclass instance is what current_thread()/enumerate() give inside it; repr; __init__ not called
import threading
class W(threading.Thread):
    def __init__(self):
        super().__init__(name="w1")
        self.same = None
        self.listed = None
    def run(self):
        self.same = threading.current_thread() is self
        self.listed = self in threading.enumerate()
w = W()
print(repr(w).startswith("<W(w1, initial)>"))
w.start(); w.join()
print(w.same, w.listed, repr(w).startswith("<W(w1, stopped "))
print(isinstance(w, threading.Thread), type(w).__name__, W.__mro__[1].__name__)
class NoInit(threading.Thread):
    def __init__(self):
        pass
n = NoInit()
try:
    n.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(n.name)
except Exception as e:
    print(type(e).__name__)
class OnlyRun(threading.Thread):
    def run(self):
        print("only run", self.name, self._args)
o = OnlyRun(args=(1, 2))
o.start(); o.join()
