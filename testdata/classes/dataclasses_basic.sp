# dataclasses.dataclass: fields, __init__, __repr__, __eq__, frozen.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == Point(2, 1))
p.x = 10
print(p)
@dataclass(frozen=True)
class Frozen:
    name: str
f = Frozen('a')
print(f, hash(f) == hash(Frozen('a')))
try:
    f.name = 'b'
except Exception as e:
    print(type(e).__name__)
try:
    Point()
except TypeError as e:
    print('TypeError:', e)
