# C.__bases__ = (...) as CPython: MROs of the class and its subclasses
# recomputed, method caches invalidated, TypeErrors for bad bases.
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
    def g(self): return "Bg"
class C(A): pass
class D(C): pass
d = D()
print(d.f(), D.__mro__)
C.__bases__ = (B,)
print(d.f(), d.g(), C.__bases__, D.__mro__, isinstance(d, B), isinstance(d, A))
print(A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(D.__mro__, d.f(), d.g())
def t(v, cls=C):
    try:
        cls.__bases__ = v
        print("ok", cls.__bases__)
    except Exception as e:
        print(type(e).__name__, e)
t(())
t([A])
t((A, 1))
t((D,))
t((C,))
t((int,))
t((A, A))
t((A, object, B))
t((object, A))
try:
    del C.__bases__
except Exception as e:
    print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except Exception as e:
    print(type(e).__name__, e)
class E(Exception): pass
t((ValueError,), E)
t((A,), E)
print(E.__mro__)
class L(list): pass
t((dict,), L)
t((A,), L)
class X: pass
class Y: pass
t((Y,), X)
class P(A): pass
class Q(P): pass
t((B,), P)
print(P.__mro__, Q.__mro__, Q().f(), Q().g())
class M(type): pass
class Z(metaclass=M): pass
t((Z,), P)
print(P.__mro__, type(P).__name__)
class S:
    __slots__ = ("a",)
class T: pass
t((S,), T)
class U(S): __slots__=()
class V:
    __slots__ = ("a",)
t((V,), U)

# cached method lookups (a loop warms the call site) see the new bases
class K1:
    def m(self): return 1
class K2:
    def m(self): return 2
class KK(K1):
    def call(self): return super().m()
k = KK()
out = []
for i in range(6):
    if i == 3:
        KK.__bases__ = (K2,)
    out.append((k.m(), k.call()))
print(out)
# an MRO conflict leaves every class as it was
class Base: pass
class H(Base): pass
class G(Base): pass
class HS(G, H): pass
try:
    H.__bases__ = (G,)
    print(HS.__mro__)
except TypeError as e:
    print("TypeError", e)
print(H.__mro__, HS.__mro__)
class R1: pass
class R2(R1): pass
class R3(R2): pass
try:
    R2.__bases__ = (R3,)
except TypeError as e:
    print("TypeError", e)
print(R2.__bases__, R1.__subclasses__())
