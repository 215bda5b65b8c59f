# f.__name__, __qualname__, __doc__, __module__ and arbitrary attributes
# assigned while other threads call f, print it and read them
# (LANGUAGE.md §2.6): readers see whole values that were written (these
# were plain string and interface fields written in place: a Go data race).
import threading

def run(fns):
    ts = [threading.Thread(target=f) for f in fns]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

def f(a, b=1, *, c=2):
    return a + b + c

names = set()
bad = []

def writer():
    for i in range(2000):
        f.__name__ = "f%d" % (i % 2)
        f.__qualname__ = "q%d" % (i % 2)
        f.__doc__ = "doc %d" % (i % 3)
        f.__module__ = "m%d" % (i % 2)
        f.__defaults__ = (i % 3,)
        f.attr = i
        globals()["G%d" % (i % 5)] = i

def reader():
    seen = set()
    for i in range(2000):
        if type(f(1)) is not int:
            bad.append("call")
        r = repr(f)
        if not (r.startswith("<function q0 at ") or r.startswith("<function q1 at ")):
            bad.append(r)
        seen.add((f.__name__, f.__qualname__[0], f.__module__[0]))
        if f.__doc__ not in ("doc 0", "doc 1", "doc 2", None):
            bad.append(f.__doc__)
        getattr(f, "attr", None)
        globals().get("G1")
    names.update(seen)

run([writer, reader, reader, writer])
print(bad, names <= {(n, "q", "m") for n in ("f0", "f1")}, len(names) > 0)
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.attr)
