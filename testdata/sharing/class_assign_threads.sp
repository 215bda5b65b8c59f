# obj.__class__ = C (plain and __slots__ classes) and obj.__dict__ = {...}
# while other threads call methods and read attributes of the same objects
# (LANGUAGE.md §2.6: no racy program can corrupt the interpreter). The
# class pointer was written without synchronisation (a Go data race under
# -race); readers must always see one whole class.
import threading
import collections

def run(fns):
    ts = [threading.Thread(target=f) for f in fns]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

class S1:
    __slots__ = ("x", "y")
    def who(self):
        return "S1"

class S2:
    __slots__ = ("x", "y")
    def who(self):
        return "S2"

objs = [A() for _ in range(10)]
slotted = [S1() for _ in range(10)]
seen = collections.Counter()
bad = []

def flip():
    for i in range(2000):
        o = objs[i % 10]
        o.__class__ = B if i % 2 else A
        o.v = i
        s = slotted[i % 10]
        s.__class__ = S2 if i % 2 else S1
        s.x = i
        if i % 7 == 0:
            o.__dict__ = {"v": -i, "w": 1}

def read():
    for i in range(2000):
        o = objs[i % 10]
        w = o.who()
        seen[w] += 1
        if w not in ("A", "B") or type(o) not in (A, B):
            bad.append(w)
        getattr(o, "v", None)
        getattr(o, "w", None)
        s = slotted[i % 10]
        seen[s.who()] += 1
        try:
            s.x
            s.y
        except AttributeError:
            pass
        vars(o)
        isinstance(o, A)

run([flip, read, flip, read, read])
print(sorted(seen), bad)
print(sorted(type(o).__name__ for o in objs), sorted(type(s).__name__ for s in slotted))
