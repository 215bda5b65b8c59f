# A loop counter or running total (a local kept in a mutable int box) read
# by a single arithmetic operator is used in place; every value that
# escapes must keep the number it had.
class R:
    def __init__(self):
        self.seen = []
    def __radd__(self, o):
        self.seen.append(o)
        return self
    def __rmod__(self, o):
        self.seen.append(o)
        return self
    def __rsub__(self, o):
        self.seen.append(o)
        return self

def f(n):
    d = {}
    keep = []
    r = R()
    t = 10000
    for i in range(5000, 5000 + n):
        d[i % 7] = d.get(i % 7, 0) + i
        keep.append(i + 0)
        keep.append(i * 1)
        keep.append(i & 4095)
        keep.append(i | 0)
        keep.append(t - i)
        t += i
        r = i + r
        r = i % r
        r = t - r
        keep.append(1 + i)
        keep.append(i // 3)
        keep.append(-i)
        keep.append("%d|%5d|%x" % (i, i, i) + "%d" % i + "%r" % t)
    return d, keep, r.seen, t

d, keep, seen, t = f(6)
print(sorted(d.items()))
print(keep)
print(seen, t)

def walrus(n):
    out = []
    for i in range(10000, 10000 + n):
        out.append(i + (i := i * 2))
        out.append(i)
    return out
print(walrus(3))

def floats(n):
    x = 0.5
    out = []
    for i in range(10000, 10000 + n):
        out.append(i + x)
        out.append(i / 2)
        out.append(i % 7.5)
        out.append("s" * (i - 9998))
    return out
print(floats(2))

def errors():
    for i in range(10000, 10001):
        try:
            i + "s"
        except TypeError as e:
            print("TypeError:", e)
        try:
            i % 0
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            "%d" + i
        except TypeError as e:
            print("TypeError:", e)
errors()
