# Calling instances whose class defines __call__ (a def, inherited,
# replaced, deleted, a staticmethod, an int subclass): the interpreter's
# direct path and the general one agree with python3.
class A:
    def __init__(self, k): self.k = k
    def __call__(self, *a, **kw): return (self.k, a, sorted(kw.items()))
class B(A):
    pass
class C:
    def __call__(self, x): return x * 2
a = A(1); b = B(2); c = C()
print(a(), a(1), a(1, 2, 3, 4, 5, 6, 7, 8, 9), a(x=1), b(3), c(4), c(x=5))
try: c()
except TypeError as e: print(e)
try: c(1, 2)
except TypeError as e: print(e)
C.__call__ = lambda self, *a: ('new', a)
print(c(), c(1), c(1, 2, 3))
del C.__call__
try: c(1)
except TypeError as e: print(e)
class D:
    __call__ = staticmethod(lambda *a: a)
print(D()(1, 2))
class E:
    def __call__(self):
        raise ValueError("boom")
try: E()()
except ValueError as e: print(e)
c2 = C()
c2.__call__ = lambda: 'instance attr ignored'
try: print(c2())
except TypeError as e: print(e)
class G(int):
    def __call__(self, y): return self + y
print(G(5)(6))
