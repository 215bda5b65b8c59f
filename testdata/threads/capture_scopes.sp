# what an async: block reads: names of the scope it is written in are captured at spawn (later rebinding unseen),
# names of scopes further out and module globals read from a function are live; unbound names fail in the thread
import threads
ev = threads.Event()
def outer():
    x = "outer-old"
    def inner():
        y = "inner-old"
        out = {}
        await:
            async:
                ev.wait()
                out["x"] = x      # a name of a scope further out: live, as in a nested function
                out["y"] = y      # a name of the scope the block is in: captured at spawn
                out["z"] = z      # the module's names from inside a function: live (global)
            y = "inner-new"
            set_x("outer-new")
            global z
            z = "module-new"
            ev.set()
        return out
    def set_x(v):
        nonlocal x
        x = v
    return inner()
z = "module-old"
print(sorted(outer().items()))

# a name the block reads that is unbound at spawn time
def unbound():
    await:
        async: print(later)
    later = 1
try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)
def unbound2():
    await:
        async: print(q)
try:
    unbound2()
except NameError as e:
    print(type(e).__name__, e)
# lambda and comprehension inside async: see the captured value
def lam():
    res = []
    await:
        for i in range(3):
            async:
                fs = [lambda: i * j for j in range(2)]
                res.append(sorted(f() for f in fs))
    return sorted(res)
print(lam())
# augmented assignment to a subscript / attribute of a captured name is fine
class C: pass
def aug():
    c = C(); c.n = 0
    d = {"n": 0}
    await:
        async:
            c.n += 1
            d["n"] += 1
    return c.n, d["n"]
print(aug())
