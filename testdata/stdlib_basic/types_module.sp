import types


def f(x):
    return x


class C:
    def m(self):
        return 1


def gen():
    yield 1


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(types.FunctionType is types.LambdaType, types.FunctionType.__name__)
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(types, types.ModuleType), types.ModuleType.__name__)
print(type(None) is types.NoneType, types.NoneType)
print(type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)


class Point:
    def __init__(self, x):
        self.x = x


def describe(self, prefix):
    return prefix + str(self.x)


p = Point(3)
bound = types.MethodType(describe, p)
print(bound("x="), bound.__self__ is p, bound.__func__ is describe)
p.describe = bound
print(p.describe(">"))

m = types.ModuleType("mymod")
print(m.__name__, m.__doc__, type(m).__name__)
m.value = 42
print(m.value, sorted(vars(m)))
m2 = types.ModuleType("other", "the doc")
print(m2.__doc__)

ns = types.SimpleNamespace(a=1, b="x")
print(ns, repr(types.SimpleNamespace()))
ns.c = [1, 2]
print(ns, ns.a, ns.c)
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
print(types.SimpleNamespace(a=1) != types.SimpleNamespace(a=1), types.SimpleNamespace() == 1)
ns.self = ns
print(ns)
print(types.SimpleNamespace(**{"k": 1}))


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=0))


class Other:
    pass


o = Other()
o.z = 0
print(Sub(z=0) == types.SimpleNamespace(z=0), types.SimpleNamespace(z=0) == o)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print("TypeError", e)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)

d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, repr(mp), len(mp), list(mp), mp["a"], mp.get("z", 0), mp.get("b"))
print("a" in mp, "q" in mp, sorted(mp.keys()), sorted(mp.values()), sorted(mp.items()))
print(mp.copy(), type(mp.copy()).__name__, mp == {"a": 1, "b": 2}, mp | {"c": 3})
d["c"] = 3
print(mp["c"], len(mp))
print(type(mp).__name__)
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del mp["a"]
except TypeError as e:
    print("TypeError", e)
try:
    mp["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    types.MappingProxyType(1)
except TypeError as e:
    print("TypeError", e)

K = types.new_class("K", (object,))
print(K, K.__name__, K.__module__)
D = types.new_class("D", (K,), {}, lambda ns: ns.update(x=1, hello=lambda self: "hi"))
print(D.x, D().hello(), issubclass(D, K))
try:
    types.MethodType(1, p)
except TypeError as e:
    print("TypeError", e)
try:
    types.ModuleType()
except TypeError as e:
    print("TypeError", e)
