# obj.name(...) with keywords, *args and **kwargs on defs, staticmethods,
# classmethods, properties, instance attributes and built-in methods,
# with CPython's argument errors naming the function.
class A:
    def f(self, a, b=2, *, c=3):
        return (a, b, c)
    @staticmethod
    def s(x, y=1): return ('s', x, y)
    @classmethod
    def k(cls, x, y=1): return (cls.__name__, x, y)
    @property
    def p(self):
        print('getter')
        return lambda **kw: sorted(kw)
a = A()
a.g = lambda x, y=0: ('inst', x, y)
print(a.f(1, c=5), a.f(a=1), a.f(1, b=3), a.s(x=1), a.k(x=2, y=3), a.p(z=1, q=2), a.g(y=1, x=2))
print(a.f(*[1, 2]), a.f(*(1,), **{'c': 9}), A.f(a, 1, c=0), A.s(y=0, x=0))
l = [3, 1, 2]
l.sort(reverse=True); print(l)
print(sorted(l, key=lambda v: -v), 'a-b'.split(sep='-'), dict(a=1).get('a'), 'x'.encode(encoding='ascii'))
for bad in [lambda: a.f(1, a=2), lambda: a.f(c=1), lambda: a.f(1, d=1), lambda: a.f(*1), lambda: a.f(**1), lambda: a.nope(x=1), lambda: l.sort(bogus=1), lambda: a.f(1, **{'c': 1}, c=2)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class B(A):
    def f(self, a, **kw): return ('B', a, kw, super().f(a, c=kw.get('c', 0)))
print(B().f(1, c=7, z=8))
import collections
d = collections.OrderedDict(); d.update(x=1); d.move_to_end('x', last=False); print(d)
