class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class A(metaclass=Meta, tag="first"):
    x = 1

    def hello(self):
        return "hello from A"


print(type(A) is Meta, type(A).__name__, isinstance(A, Meta), isinstance(A, type))
print(A.describe(), A.upper_name, A.tag)
print(A().hello(), A.x)


class B(A):
    y = 2


print(type(B) is Meta, B.describe(), B.tag)
print(A.__class__ is Meta, Meta.__mro__ == (Meta, type, object))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns):
        cls = type.__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls


class Plugin(metaclass=Registry):
    pass


class PluginA(Plugin):
    pass


class PluginB(Plugin):
    pass


print(Registry.classes)


def func_meta(name, bases, ns, **kw):
    print("func_meta", name, kw)
    return 42


class F(metaclass=func_meta, flag=True):
    pass


print(F)

D = Meta("D", (), {"z": 3}, tag="dyn")
print(D.z, D.tag, type(D).__name__)


class Base:
    def __init_subclass__(cls, /, color=None, **kw):
        super().__init_subclass__(**kw)
        cls.color = color
        print("init_subclass", cls.__name__, color)


class Red(Base, color="red"):
    pass


print(Red.color)


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Holder:
    a = Named()
    b = Named()


print(Holder.a.name, Holder.b.name)


class M1(type):
    pass


class M2(type):
    pass


class P1(metaclass=M1):
    pass


class P2(metaclass=M2):
    pass


try:
    class Q(P1, P2):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counted(type):
    count = 0

    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)


class W(metaclass=Counted):
    def __init__(self, n):
        self.n = n


ws = [W(i) for i in range(5)]
print(Counted.count, [w.n for w in ws])
