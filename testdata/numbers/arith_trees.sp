# Nested arithmetic expressions (evaluated without boxing the inner
# results): mixed int/float, errors from inner nodes, operand order,
# objects with dunders inside a tree, augmented assignment.
import math

x, y, z = 1.5, -2.25, 3.0
print(x * x + y * y + z * z)
print((x - y) / (z + 1) - x ** 2 * 3)
print(2 * x + 3 * y - 1)
print(7 / 2 + 1, 7 // 2 + 1, 7 % 3 * 2.5)
print(10 / 4 * 2, (2 ** 53 + 1) / 1 + 0.0)
print((1 << 62) * 1.0 + 1, 2 ** 0.5 * 2 ** 0.5)
print(9.0 ** 0.5 + 1, 2.0 ** -1 + 0, 1.0 ** 1e308 * 2)
print((-8.0) ** 2 + 1, 4 ** 0.5 - 1, 0.0 ** 2 + 1)
print(1e308 * 10 - 1, -(1e308 * 10) + 1e308 * 10)
print(float('nan') ** 0 + 1, 2.0 ** float('inf') * 0 + 1 if False else 1.0)
print(True + 1.5 * 2, 3 * 1.5 + False)
print((3 + 4) * (5 - 6) * 10 ** 20 + 1)
print(2 ** 64 * 0.5 + 1, (2 ** 64 + 1) * 1.0 - 1)
print("ab" * 2 + "c", [1] * 2 + [3], (1,) * 2 + (2,))


def trace(name, v):
    print("eval", name)
    return v


print(trace("a", 1.0) * trace("b", 2.0) + trace("c", 3.0) / trace("d", 4.0))


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    __radd__ = __add__

    def __mul__(self, o):
        return V(self.v * o)

    __rmul__ = __mul__

    def __repr__(self):
        return "V(%r)" % (self.v,)


print(V(1.5) * 2.0 + 1.0 * 3, 2.0 * 0.5 + V(2))

cases = [lambda: 1.0 / (x - x) + 1, lambda: 1.0 + 1 / 0 * 2,
         lambda: (0.0 - x) ** 2.0 + 1, lambda: 1e300 ** 2 * 1,
         lambda: 2.0 ** 1e10 + 1, lambda: 0.0 ** -1 + 1,
         lambda: x * 2 + 'a', lambda: x + None * 2,
         lambda: (x + 1) % 0.0 * 2, lambda: 10 ** 400 * 1.0 + 1]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b):
    return (a * b + a) / (b - a) ** 2


print(f(1.0, 3.0), f(2, 3), f(2.5, 1))
try:
    f(2.0, 2.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# augmented assignment with an arithmetic right-hand side
s = 1.0
s += x * y + z
s -= x * 2 + 1
s *= (y - 1) * 2
s /= z * z - 1
print(s)
n = 10
n += 3 * 4 + 1
n -= 2.5 * 2 + 0
print(n)
lst = [1.0, 2]
lst[0] -= x * y * 2
lst[1] += 3 * 3 + 1
print(lst)
acc = [1]
acc += [2] * 2 + [3]
print(acc)
t = 1.0
try:
    t /= (x - x) * 2
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    t += "a" * 2 + "b"
except TypeError as e:
    print("TypeError", e)
print(t)


class P:
    def __init__(self):
        self.a = 1.5


p = P()
p.a *= 2.0 * 2 + 1
print(p.a, math.isclose(p.a, 7.5))
e = 0.0
for i in range(5):
    e -= (i * 0.5) / ((i + 1.0) ** 2 + i * 1.0) ** 0.5
print("%.12f" % e)

# big ints: inner sums and differences may reuse a temporary
q, r, t, n = 10 ** 30 + 7, 3 ** 70, 2 ** 90 - 1, 12345
print(4 * q + r - t, n * t, 4 * q + r - t < n * t)
print((2 * q + r) * 3, (q * (7 * 5 + 2) + r * 3) // (t * 3))
print(10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n)
print(q * q - q * q + 1, (q * 2 - q) - (q + 0), r * 1 + 0.5)
big = 2 ** 63
print(big * 2 - big - big, (big - 1) + 1 - 1, -big * 1 + 0, big * -1 - 1)
print(q * 3 + 1.5, 1 + q * 2 - 2 * q, (q * 3) / 3 - q)
vals = [q * k - r + t for k in range(3)]
print(vals, q, r, t)

# ints: intermediate results outside the small-int cache, floor division
# and modulo with every sign, overflow into big ints, str % inside a tree
for i in (-7, -1, 0, 5, 4999, 10 ** 6):
    for j in (-3, 1, 7, 250):
        ij = i + j
        print(ij * (ij + 1) // 2 + i + 1, (i * 1000 + j) % 7 - 3, (i - j) // -4 * 3,
              -i // j + 1, i % j * 2, 1.0 / (ij * ij // 2 + 1) if ij else 0)
m = -2 ** 63
print(m // -1 + 0, m % -1 + 0, (m + 0) * -1 - 1, 2 ** 62 * 4 // 8 + 1, (2 ** 62 + 2 ** 62) - 1)
print(3 * 10 ** 18 * 7 // 3 - 1, (10 ** 18 * 9) + 10 ** 18 * 9)
for bad in (lambda: 5 * 3 // (i - i), lambda: (7 + 1) % 0 + 1):
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print("%d-%s" % (3, "a") + "!", "%05d" % 42 * 2 + "x")
n = 5
n += 4000 * 3 + 7 // 2
n -= 70000 % 9 * 1000
print(n)
