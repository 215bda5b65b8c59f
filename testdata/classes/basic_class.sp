# Classes: __init__, instance and class attributes, methods, repr default avoided.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, type(p).__name__, isinstance(p, Point))
q = p.moved(1, 1)
print(q.x, q.y, p is q)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 10
print(q.dims, p.dims)
print(Point.norm2(q), p.__class__ is Point, Point.__name__)
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
print(sorted(vars(p).items()))
