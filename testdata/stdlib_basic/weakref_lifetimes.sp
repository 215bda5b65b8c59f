import weakref, gc
class C: pass
def make():
    o = C()
    return weakref.ref(o)
r = make()
gc.collect()
print("returned local", r())
l = [C()]
r = weakref.ref(l[0])
l.clear(); gc.collect()
print("list clear", r())
x = C(); r = weakref.ref(x); x = None; gc.collect()
print("rebind", r())
d = {"k": C()}; r = weakref.ref(d["k"]); del d["k"]; gc.collect()
print("dict del", r())
def g():
    y = C()
    rr = weakref.ref(y)
    del y
    gc.collect()
    return rr()
print("del in function", g())
gc.collect()
class Node:
    def __init__(self): self.other = None
a, b = Node(), Node(); a.other = b; b.other = a
ra = weakref.ref(a); del a, b; gc.collect()
print("cycle", ra())
def gen():
    o = C()
    yield weakref.ref(o)
    yield 1
it = gen(); rg = next(it); del it; gc.collect()
print("generator", rg())
f = weakref.finalize(C(), print, "finalized temp")
gc.collect()
print(f.alive)
