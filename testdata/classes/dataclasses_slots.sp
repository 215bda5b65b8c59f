from dataclasses import dataclass, field, fields
import weakref

@dataclass(slots=True)
class P:
    x: int
    y: int = 2

p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p, p == P(10, 2), P.__name__, P.__qualname__)
print([f.name for f in fields(P)])
print(P.x, P.y)

@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = "s"

f = F(1)
print(f, hash(f) == hash(F(1)), F.__slots__)
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)

@dataclass(slots=True)
class Q(P):
    z: int = 0

q = Q(1, 2, 3)
print(q, Q.__slots__, hasattr(q, "__dict__"))
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)

@dataclass(slots=True, weakref_slot=True)
class W:
    v: list = field(default_factory=list)

w = W()
r = weakref.ref(w)
print(r() is w, W.__slots__)

try:
    @dataclass(slots=True)
    class S:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(weakref_slot=True)
    class N:
        a: int
except TypeError as e:
    print("TypeError:", e)

@dataclass(slots=True, order=True)
class O:
    k: int
print(O(1) < O(2), sorted([O(3), O(1)]))

def deco(cls):
    return dataclass(cls, slots=True)
@deco
class D:
    m: int = 5
print(D(), D.__slots__)
