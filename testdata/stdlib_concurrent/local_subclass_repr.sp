# repr()/str() of threading.local and its subclasses: a subclass's own __repr__/__str__ is used (per-thread
# attributes included), object's default otherwise; a non-string __repr__ is a TypeError
import re, threading

class Named(threading.local):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Named(%r)" % self.name

class Plain(threading.local):
    pass

class Shown(threading.local):
    def __str__(self):
        return "shown"

class Bad(threading.local):
    def __repr__(self):
        return 5

addr = lambda s: re.sub(r"0x[0-9a-f]+", "0x...", s)
n = Named("main")
print(repr(n), str(n), f"{n}", [n])
out = []
def child():
    n.name = "child"
    out.append(repr(n))
t = threading.Thread(target=child)
t.start(); t.join()
print(out, repr(n))
print(addr(repr(Plain())), addr(repr(threading.local())))
print(str(Shown()), addr(repr(Shown())))
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
