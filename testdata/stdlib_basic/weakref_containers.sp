import weakref, gc

class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return "Obj(%r)" % self.name
    def meth(self): return "meth of " + self.name

# WeakValueDictionary
a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakValueDictionary()
d["a"] = a; d["b"] = b; d[3] = c
print(len(d), sorted(map(str, d.keys())), d["a"], d.get("zz", "dflt"), "b" in d)
del b
gc.collect()
print(len(d), sorted(map(str, d)), "b" in d, d.get("b"))
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
print(d.pop("a"), len(d), d.setdefault(3, None), sorted(v.name for v in d.values()))
print(list(d.items()), len(d.valuerefs()))
d2 = d.copy(); print(type(d2).__name__, list(d2.items()))
del c, d2
gc.collect()
print(len(d), list(d.items()))

# WeakKeyDictionary
k1, k2 = Obj("k1"), Obj("k2")
wk = weakref.WeakKeyDictionary({k1: 1})
wk[k2] = 2
print(len(wk), wk[k1], wk.get(k2), k1 in wk, 5 in wk)
del k1
gc.collect()
print(len(wk), list(wk.items()), list(wk.values()))
wk.setdefault(k2, 9); print(wk[k2], wk.pop(k2), len(wk))

# WeakSet
s1, s2, s3 = Obj("s1"), Obj("s2"), Obj("s3")
ws = weakref.WeakSet([s1, s2])
ws.add(s3)
print(len(ws), s1 in ws, sorted(o.name for o in ws))
del s2
gc.collect()
print(len(ws), sorted(o.name for o in ws))
ws.discard(s1); print(len(ws), s1 in ws, 1 in ws)
ws2 = weakref.WeakSet([s1]) | ws
print(sorted(o.name for o in ws2), ws2 == weakref.WeakSet([s1, s3]))

# WeakMethod
o = Obj("m")
wm = weakref.WeakMethod(o.meth)
print(wm()(), wm == weakref.WeakMethod(o.meth))
del o
gc.collect()
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

# callbacks order and exceptions
t = Obj("t")
order = []
r1 = weakref.ref(t, lambda r: order.append(1))
r2 = weakref.ref(t, lambda r: order.append(2))
del t
gc.collect()
print(order)
print("end")
