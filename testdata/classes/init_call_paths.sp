# Calling a class: plain __init__ with 0, 1 and many arguments, inherited
# __init__, __new__, built-in bases, errors from and about __init__.
import traceback


class P:
    def __init__(self, x, y=2, *rest, **kw):
        self.x, self.y, self.rest, self.kw = x, y, rest, kw


class Z:
    def __init__(self):
        self.z = 0


class O:
    def __init__(self, a):
        self.a = a


class Many:
    def __init__(self, a, b, c, d, e, f, g, h, i):
        self.s = a + b + c + d + e + f + g + h + i


class Sub(O):
    pass


class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, a):
        print("init", a)


class Other:
    def __new__(cls, v):
        return v


class L(list):
    def __init__(self, n):
        super().__init__(range(n))


class Bad:
    def __init__(self):
        return 5


class Raises:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v


p = P(1)
print(p.x, p.y, p.rest, p.kw)
p = P(1, 3, 4, 5, k=6)
print(p.x, p.y, p.rest, p.kw)
print(Z().z, O(7).a, Sub(8).a, Many(*range(9)).s, Many(1, 2, 3, 4, 5, 6, 7, 8, 9).s)
print(type(WithNew(3)).__name__, Other(42), L(4), len(L(3)))
objs = [O(i) for i in range(5)]
print([o.a for o in objs], objs[0] is not objs[1])
for make in (lambda: Bad(), lambda: Z(1), lambda: O(), lambda: O(1, 2),
             lambda: Many(1, 2), lambda: Raises(-1), lambda: P()):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
try:
    Raises(-2)
except ValueError:
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print([line.strip() for line in lines if line.strip().startswith("raise")])
print(Raises(3).v)


def replaced(self, v):
    self.v = v * 10


Raises.__init__ = replaced
print(Raises(-1).v)
del Raises.__init__
try:
    Raises(1)
except TypeError as e:
    print("TypeError", e)
print(type(Raises()).__name__)
