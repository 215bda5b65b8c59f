# C.__name__/__qualname__/__module__/__doc__ and C.__bases__ assigned by
# some threads while others print the class and its instances, raise
# errors naming it, call isinstance and methods (LANGUAGE.md §2.6: no
# racy program can corrupt the interpreter). The names were plain string
# fields written without synchronisation (a Go data race under -race).
import threading

def run(fns):
    ts = [threading.Thread(target=f) for f in fns]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

class Base:
    def who(self):
        return "Base"

class B1(Base):
    def who(self):
        return "B1"

class B2(Base):
    def who(self):
        return "B2"

class C(B1):
    """doc"""
    def hello(self):
        return "hi"

names = {"C", "D", "E"}
bad = []
seen = set()

def rename(k):
    def f():
        for i in range(400):
            n = ("C", "D", "E")[(i + k) % 3]
            C.__name__ = n
            C.__qualname__ = n
            C.__module__ = ("__main__", "m1")[i % 2]
            C.__doc__ = n
            if i % 5 == 0:
                C.__bases__ = (B2,) if i % 2 else (B1,)
    return f

def use():
    o = C()
    for i in range(400):
        r = repr(C)
        if not (r.startswith("<class '__main__.") or r.startswith("<class 'm1.")):
            bad.append(r)
        if C.__name__ not in names or type(o).__qualname__ not in names:
            bad.append(C.__name__)
        if C.__doc__ not in names and C.__doc__ != "doc":
            bad.append(C.__doc__)
        try:
            o.missing
        except AttributeError as e:
            msg = str(e)
            if msg.split("'")[1] not in names:
                bad.append(msg)
        w = o.who()
        seen.add(w)
        if not isinstance(o, Base) or o.hello() != "hi":
            bad.append(i)
        if w not in ("B1", "B2") or len(type(o).__mro__) != 4:
            bad.append(w)
        str(o)

run([rename(0), use, rename(1), use, rename(2), use, use, use])
C.__name__ = C.__qualname__ = "C"
C.__module__ = "__main__"
C.__bases__ = (B1,)
print(bad, seen <= {"B1", "B2"})
print(C, C.__mro__, C().who())
