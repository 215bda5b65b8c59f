# collections.namedtuple: fields, defaults, _replace, _asdict, _make, errors
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), tuple(p), p == (1, 2))
x, y = p
print(x + y, Point._fields, p._asdict())
print(p._replace(x=5), Point._make([3, 4]), isinstance(p, tuple))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__name__)
print(hash(Point(1, 2)) == hash((1, 2)), Point(1, 2) < Point(1, 3), sorted([Point(2, 1), Point(1, 5)]))

class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
v = Vec(3, 4)
print(v, v.norm2(), v + Vec(1, 1))

for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
for spec in ["_a b", "a a", "1a b", "def x"]:
    try:
        namedtuple("T", spec)
    except ValueError as e:
        print("ValueError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
print(namedtuple("R", "a def _c", rename=True)._fields)
