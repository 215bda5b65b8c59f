# Library objects shared by eight threads: the iterators of one itertools.tee
# (they share a buffer), an lru_cache'd function being cleared, a compiled
# regex, an io.StringIO, and classes created at run time from one base class
# (its subclass list grows while others read it). Totals are exact.
import functools, io, itertools, re

N = 4000
tee_a, tee_b = itertools.tee(range(N))
got_a, got_b = [], []

@functools.lru_cache(maxsize=16)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

pat = re.compile(r"(\w+)-(\d+)")
buf = io.StringIO()

class Base:
    def who(self):
        return type(self).__name__

made = []
bad = []

def worker(w):
    for i in range(N // 8):
        got_a.append(next(tee_a))
        got_b.append(next(tee_b))
        if fib(40 + i % 20) != fib(40 + i % 20):
            bad.append("fib")
        if i % 100 == 0:
            fib.cache_clear()
        if pat.sub(lambda m: m.group(2), "w-%d" % w) != str(w):
            bad.append("re")
        buf.write("%d:%d\n" % (w, i))
        if i % 25 == 0:
            Sub = type("Sub%d_%d" % (w, i), (Base,), {"n": i})
            made.append(Sub().who())
            Base.extra = i  # a change of Base reaches every subclass

await:
    for w in range(8):
        async: worker(w)

print(len(got_a), sorted(got_a) == list(range(N)), sorted(got_b) == list(range(N)))
print(bad, fib(80))
lines = buf.getvalue().splitlines()
print(len(lines), len(set(lines)))
subs = Base.__subclasses__()  # weakly held: dropped ones may be gone
print(len(made), sorted(set(made))[:2], len(subs) <= len(made), all(c.extra == Base.extra for c in subs))
