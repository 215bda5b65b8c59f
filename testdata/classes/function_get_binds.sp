# A function's __get__ binds it by hand, as CPython's function descriptor does.
class C:
    def method(self, x=1): return ("C", type(self).__name__, x)
class D(C): pass
def free(self, y): return f"free {type(self).__name__} {y}"
d = D()
m = free.__get__(d)
print(m(5), m.__self__ is d, m.__func__ is free, C.method.__get__(d)(), C.method.__get__(None, C) is C.method)
d.bound = free.__get__(d, D)
print(d.bound(7))
print((lambda s: s.__class__.__name__).__get__(d)())
try:
    free.__get__(None, None)
except TypeError as e:
    print(e)
import types
print(types.MethodType(free, d)(9))
