# CPU-bound kernels of the parallel-speedup benchmark (bench/parallel_speedup.sh).
# Valid Python 3 and Spindle: parallel_speedup.sp and parallel_speedup.py
# both import it, so the two interpreters run exactly the same code.
#
#   arith   -- a loop of small-int arithmetic on locals (no objects)
#   objects -- method calls on a small class (class-attribute lookups),
#              instance creation, calls of a module-level function, and a
#              thread-local dict and list


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


KERNELS = {"arith": arith, "objects": objects}
