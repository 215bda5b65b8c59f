import weakref, gc
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"C({self.n})"
c = C(1)
r = weakref.ref(c)
print(r() is c, r().n)
print(weakref.ref(c) is r, weakref.getweakrefcount(c))
died = []
r2 = weakref.ref(c, lambda wr: died.append(wr is r2))
print(weakref.getweakrefcount(c), r2.__callback__ is not None)
print(r == r2, hash(r) == hash(c))
del c
gc.collect()
print(r() is None, r2() is None, died, r2.__callback__)
for v in [1, 's', (1,), [1], {}, object(), None, 1.5, b'', range(1), True, bytearray(), slice(1)]:
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)
class I(int): pass
class L(list): pass
try:
    weakref.ref(I(1))
except TypeError as e:
    print(e)
l = L()
print(weakref.ref(l)() is l)
p = weakref.proxy(C(5)) if False else None
d = C(7)
p = weakref.proxy(d)
print(p.n, str(p), p == d, type(p).__name__)
p.n = 8
print(d.n)
def f(x): return x * 2
pf = weakref.proxy(f)
print(pf(21), type(pf).__name__, callable(pf), callable(p))
del d
gc.collect()
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
try:
    hash(p)
except TypeError as e:
    print(e)
