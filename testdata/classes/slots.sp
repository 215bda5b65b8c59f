class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = P(3, 4)
print(p.x, p.y, p.norm2())
p.x = 10
print(p.x)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
print(P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__ is P)
print(P.__slots__, hasattr(p, "x"), hasattr(p, "z"))

q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(q, "y", "unset"))
P.y.__set__(q, 7)
print(P.y.__get__(q, P), q.y)
del p.y
print(hasattr(p, "y"))


class P3(P):
    __slots__ = ("z",)


r = P3(1, 2)
r.z = 3
print(r.x, r.y, r.z, r.norm2())
try:
    r.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(P):
    pass


lo = Loose(5, 6)
lo.extra = "ok"
print(lo.x, lo.extra, lo.__dict__["extra"])


class WithDict:
    __slots__ = ("a", "__dict__", "__weakref__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__["b"])


class One:
    __slots__ = "only"


o = One()
o.only = 1
print(o.only, One.only)
try:
    o.other = 2
except AttributeError as e:
    print("AttributeError:", e)

try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


pts = {Point(i % 3, i % 2) for i in range(10)}
print(sorted(pts, key=lambda p: (p.x, p.y)))
print(sum(Point(i, i).x for i in range(1000)))
p.q = 1
