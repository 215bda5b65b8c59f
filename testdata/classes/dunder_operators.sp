# Operator overloading: arithmetic, reflected, comparisons, NotImplemented.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x}, {self.y})'
    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b), a == V(1, 2), a != b, a < b, b > a)
print(sorted([b, a, V(0, 9)]), bool(V(0, 0)), bool(a))
try:
    a + 1
except TypeError as e:
    print('TypeError:', e)
try:
    a <= b
except TypeError as e:
    print('TypeError:', e)
acc = V(0, 0)
acc += a
print(acc)
