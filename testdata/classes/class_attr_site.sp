# Class attribute reads and calls through the same site, repeated so the
# site's cache is used, with the class changing under it.
class Desc:
    def __get__(self, obj, cls):
        return ("desc", obj, cls.__name__)


class Meta(type):
    meta_attr = "from meta"


class Strength(metaclass=Meta):
    LEVEL = 1

    def __init__(self, n):
        self.n = n

    @classmethod
    def make(cls, n):
        return cls(n)

    @staticmethod
    def weaker(a, b):
        return a.n > b.n

    def plain(self):
        return "plain", self.n

    @property
    def prop(self):
        return self.n

    d = Desc()


class Sub(Strength):
    LEVEL = 2


def read(c):
    return c.LEVEL, c.make(3).n, type(c.make(4)).__name__, c.weaker(c(2), c(1)), c.d, c.meta_attr


for _ in range(3):
    print(read(Strength))
    print(read(Sub))
print(Strength.plain(Strength(5)))
print(type(Strength.prop).__name__, Strength.__name__, Sub.__mro__[1].__name__)
Strength.LEVEL = 10
print(read(Strength), read(Sub))
Sub.make = staticmethod(lambda n: ("static now", n))
print(Sub.make(1), Strength.make(1).n)
del Sub.LEVEL
print(Sub.LEVEL)
Strength.weaker = lambda a, b: "replaced"
print(Sub.weaker(1, 2))
try:
    Sub.missing
except AttributeError as e:
    print("AttributeError:", e)
for name in ("LEVEL", "LEVEL"):
    print(getattr(Sub, name))
