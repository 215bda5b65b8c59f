# CPU-bound kernels of the parallel-speedup benchmark (bench/parallel_speedup.sh).
# Valid Python 3 and Spindle: parallel_speedup.sp and parallel_speedup.py
# both import it, so the two interpreters run exactly the same code.
#
#   arith   -- a loop of small-int arithmetic on locals (no objects)
#   objects -- method calls on a small class (class-attribute lookups),
#              instance creation, calls of a module-level function, and a
#              thread-local dict and list
#
# and typical CPU-bound functions someone might hand to two threads, each
# stressing one part of the runtime (mostly the garbage collector: what
# each allocates differs):
#   fib     -- recursive calls on small ints (allocates almost nothing)
#   strs    -- string formatting and methods, a list growing to n strings
#              (a live heap that grows during the run)
#   dicts   -- dict get/set with int keys, sums above the small-int cache
#   lists   -- short-lived lists from a comprehension, sorted
#   floats  -- float arithmetic (a boxed float per operation)
#   primes  -- trial division, small-int arithmetic in while loops


def arith(n):
    t = 0
    for i in range(n):
        t += (i * 7 + 3) % 1009
        if t > 1000000:
            t -= 999983
    return t


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


def step(i):
    return (i * 7 + 3) % 1009


def objects(n):
    acc = Vec(0, 0)
    counts = {}
    hist = []
    total = 0
    for i in range(n):
        v = step(i)
        acc = acc.add(Vec(v, i & 15))
        if acc.x > 100000:
            acc = Vec(acc.x % 1000, acc.y % 1000)
        total += acc.norm2() % 97
        if i & 7 == 0:
            k = v & 63
            counts[k] = counts.get(k, 0) + 1
            hist.append(k)
    return total + len(hist) + sum(counts.values())


def fib_rec(k):
    return k if k < 2 else fib_rec(k - 1) + fib_rec(k - 2)


def fib(n):
    return fib_rec(n)


def strs(n):
    out = []
    for i in range(n):
        s = "item-%d" % i
        out.append(s.upper())
    return len("".join(out))


def dicts(n):
    d = {}
    for i in range(n):
        d[i % 1000] = d.get(i % 1000, 0) + i
    return sum(d.values())


def lists(n):
    tot = 0
    for i in range(n // 100):
        l = [j * 2 for j in range(100)]
        l.sort(reverse=True)
        tot += l[0]
    return tot


def floats(n):
    x = 0.0
    for i in range(n):
        x += (i * 0.5) ** 0.5
    return x


def primes(n):
    c = 0
    for i in range(2, n):
        p = True
        j = 2
        while j * j <= i:
            if i % j == 0:
                p = False
                break
            j += 1
        if p:
            c += 1
    return c


KERNELS = {
    "arith": arith,
    "objects": objects,
    "fib": fib,
    "strs": strs,
    "dicts": dicts,
    "lists": lists,
    "floats": floats,
    "primes": primes,
}
