# Operators on instances use per-class cached special methods: every
# change of the class (or of a base) after the first use must be seen.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x) if isinstance(o, V) else NotImplemented
    def __repr__(self):
        return "V(%r)" % (self.x,)

a, b = V(1), V(2)
print(a + b)
# Reassign the method after the first call.
V.__add__ = lambda self, o: V(self.x * 10 + o.x)
print(a + b)
# Delete it: falls back to TypeError.
del V.__add__
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
# Set a dunder on the class after creation.
V.__sub__ = lambda self, o: V(self.x - o.x)
print(b - a)
V.__len__ = lambda self: self.x
print(len(b), bool(V(0)), bool(b))

# Reflected operators and the subclass-first rule.
class W(V):
    def __radd__(self, o):
        return "W.__radd__"
    def __rsub__(self, o):
        return NotImplemented

V.__add__ = lambda self, o: "V.__add__"
print(V(1) + W(2))
print(W(2) + V(1))
print(1 + W(3))
print(V(5) - W(3))  # W.__rsub__ returns NotImplemented: V.__sub__
try:
    1 - W(3)
except TypeError as e:
    print("TypeError:", e)

# A change of the base reaches the subclass's cache.
class B:
    def __mul__(self, o):
        return "B.mul"
class C(B):
    pass
c = C()
print(c * 2)
B.__mul__ = lambda self, o: "B.mul2"
print(c * 2)
C.__mul__ = lambda self, o: "C.mul"
print(c * 2)

# == / != : identity by default, __ne__ derived from __eq__,
# NotImplemented falls back.
class P:
    pass
p, q = P(), P()
print(p == p, p == q, p != p, p != q)
P.__eq__ = lambda self, o: True
print(p == q, p != q)
P.__ne__ = lambda self, o: "custom ne"
print(p != q)
del P.__ne__
P.__eq__ = lambda self, o: NotImplemented
print(p == p, p == q, p != q)

class Q(P):
    def __eq__(self, o):
        return "Q.eq"
print(P() == Q(), Q() == P())

class Ord:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
print(Ord(1) < Ord(2), Ord(3) > Ord(2))
try:
    Ord(1) <= Ord(2)
except TypeError as e:
    print("TypeError:", e)
Ord.__le__ = lambda self, o: "le"
print(Ord(1) <= Ord(2), Ord(1) >= Ord(2))

# len, bool, hash, getitem on a list subclass and after changes.
class L(list):
    pass
l = L([1, 2, 3])
print(len(l), bool(l), l[1], l[-1])
L.__len__ = lambda self: 42
L.__getitem__ = lambda self, i: ("item", i)
print(len(l), l[0], bool(l))
L.__bool__ = lambda self: False
print(bool(l), "yes" if l else "no")

class H:
    pass
h = H()
print(hash(h) == hash(h))
H.__hash__ = lambda self: 7
print(hash(h))
H.__hash__ = None
try:
    hash(h)
except TypeError as e:
    print("TypeError:", e)

# Unary and in-place operators, then changed.
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __iadd__(self, o):
        self.v += o
        return self
n = N(3)
print((-n).v)
n += 4
print(n.v)
N.__neg__ = lambda self: "neg"
del N.__iadd__
N.__add__ = lambda self, o: "add"
print(-n)
n += 1
print(n)

# Dunders with defaults, *args and keyword-only parameters still bind.
class D:
    def __add__(self, o, extra=100):
        return o + extra
    def __sub__(self, *args):
        return args
    def __getitem__(self, i, *, scale=2):
        return i * scale
d = D()
print(d + 1, d - 5, d[4])

# A metaclass: its dunders serve the class, the class's serve instances.
class Meta(type):
    def __add__(cls, o):
        return "Meta.add " + cls.__name__
    def __rsub__(cls, o):
        return "Meta.rsub %r" % (o,)
    def __imul__(cls, o):
        return "Meta.imul"
    def __len__(cls):
        return 99
class M(metaclass=Meta):
    def __add__(self, o):
        return "M.add"
print(M + 1, M() + 1, 5 - M, len(M))
m = M
m *= 2
print(m)
try:
    M - 1
except TypeError as e:
    print("TypeError:", e)
Meta.__len__ = lambda cls: 11
print(len(M))

# Instance attributes never shadow special methods.
v = V(1)
v.__add__ = lambda o: "instance"
print(v + V(2))

# Errors raised inside a dunder propagate with a traceback.
class E:
    def __add__(self, o):
        raise ValueError("boom")
try:
    E() + 1
except ValueError as e:
    print("ValueError:", e)

# == between a plain class and one defining __eq__ (either side), and
# __eq__ added to a class after its instances were compared.
class R:
    pass
class S:
    def __eq__(self, o):
        return "S.eq"
r1, r2 = R(), R()
print(r1 == r2, r1 != r2, r1 == r1, r1 == S(), S() == r1, r1 != S())
print(r1 in [r2, r1], [r1].index(r1), [r1, r2].count(r2))
R.__eq__ = lambda self, o: "R.eq"
print(r1 == r2, r1 != r2)
R.__ne__ = lambda self, o: "R.ne"
print(r1 != r2)
