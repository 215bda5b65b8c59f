import gc
import weakref


class Obj:
    def __init__(self, name): self.name = name


# finalize
def done(tag): print("finalized", tag); return tag
x = Obj("x")
f = weakref.finalize(x, done, "x")
print(f.alive, f.atexit, f.peek()[1] is done)
del x
gc.collect()
print(f.alive, f(), f.peek())
y = Obj("y")
f2 = weakref.finalize(y, done, "y")
print(f2(), f2.alive, f2())
z = Obj("z")
f3 = weakref.finalize(z, done, "z")
det = f3.detach()
print(det[0] is z, det[2], f3.alive)
keep = Obj("keep")
weakref.finalize(keep, done, "at exit 1")
weakref.finalize(keep, done, "at exit 2")
no = weakref.finalize(keep, done, "never")
no.atexit = False
print(no.atexit)


# a failing callback is reported and the others still run
t = Obj("t")
class Bad:
    def __call__(self, r):
        raise ValueError("boom")

    def __repr__(self):
        return "<Bad callback>"


bad = Bad()
ok = []
r1 = weakref.ref(t, lambda r: ok.append("first"))
r2 = weakref.ref(t, bad)
del t
gc.collect()
print(ok)
print("end")
