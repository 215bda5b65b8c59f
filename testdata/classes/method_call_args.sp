# Method calls on instances with 0..8 arguments, methods that keep their
# arguments (*args, closures, lists), and attributes that are other
# callables (static/class methods, callable objects, builtins, partials).
import functools


class Keep:
    def __call__(self, *args):
        return args


class C:
    k = Keep()
    smax = staticmethod(max)
    part = functools.partial(lambda *a: a, "p")

    def __init__(self):
        self.kept = []
        self.inst_fn = lambda *a: ("inst", a)

    def m0(self):
        return "m0"

    def m3(self, a, b, c):
        return a + b + c

    def m8(self, a, b, c, d, e, f, g, h):
        return [a, b, c, d, e, f, g, h]

    def star(self, *args, **kw):
        self.kept.append(args)
        return args, kw

    def later(self, a, b):
        return lambda: (a, b)

    @staticmethod
    def st(a, b):
        return a * b

    @classmethod
    def cm(cls, a):
        return cls.__name__, a


c = C()
print(c.m0(), c.m3(1, 2, 3), c.m8(1, 2, 3, 4, 5, 6, 7, 8))
r1 = c.star(1, 2)
r2 = c.star(3, 4, 5, 6, 7, 8, 9)
print(r1, r2, c.kept, c.star(x=1))
fs = [c.later(i, i * 2) for i in range(3)]
print([f() for f in fs])
print(c.st(6, 7), c.cm(1), c.k(1, 2, 3), c.k(*range(7)), c.smax(3, 9, 4))
print(c.part(1, 2), c.inst_fn(1, 2), c.kept[0])
for bad in (lambda: c.m3(1), lambda: c.m0(1), lambda: c.m8(*range(9)),
            lambda: c.nope(1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
