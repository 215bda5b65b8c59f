# Eight threads set, read and delete attributes of shared objects (instances,
# a class, a module, a function) and grow an instance's __dict__ past its
# inline slots: every read sees a value some thread wrote, never garbage.
import sys

class Point:
    count = 0
    def __init__(self):
        self.x = 0
        self.y = 0

class Slotted:
    __slots__ = ("a", "b")

p = Point()
q = Slotted()
q.a = q.b = (0, 0)
mod = sys.modules[__name__]
def f(): pass
bad = []

def worker(w):
    for i in range(500):
        p.x = (w, i)
        p.y = (w, i)
        setattr(p, "dyn%d" % (i % 40), w)
        q.a = (w, i)
        Point.count = (w, i)
        f.tag = (w, i)
        mod.shared_global = (w, i)
        if i % 7 == 0:
            try:
                delattr(p, "dyn%d" % (i % 40))
            except AttributeError:
                pass  # another thread deleted it first
        for v in (p.x, p.y, q.a, Point.count, f.tag, mod.shared_global):
            if not (isinstance(v, tuple) and len(v) == 2 and 0 <= v[0] < 8 and 0 <= v[1] < 500):
                bad.append(v)
        vars(p).get("dyn3")
        getattr(p, "dyn5", None)
        hasattr(p, "missing")

await:
    for w in range(8):
        async: worker(w)

print("bad reads:", bad)
print(sorted(k for k in vars(p) if not k.startswith("dyn")))
print(all(getattr(p, k) in range(8) for k in vars(p) if k.startswith("dyn")))
print(p.x[1], q.a[1], Point.count[1], f.tag[1], shared_global[1])
