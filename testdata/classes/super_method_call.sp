# Method calls through super() and super(C, self): defs, classmethods,
# staticmethods, properties, built-in methods of list/dict/Exception/type
# subclasses, the super object's own attributes and the errors.
class Base:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
    def f(self, x): return ('Base.f', self.a, x)
    @classmethod
    def c(cls, x): return ('Base.c', cls.__name__, x)
    @staticmethod
    def s(x): return ('Base.s', x)
    @property
    def p(self): return 'prop'
    def __repr__(self): return 'Base(%r)' % (self.a,)
class Mid(Base):
    def __init__(self, a):
        super(Mid, self).__init__(a, 5)
    def f(self, x): return ('Mid.f',) + super(Mid, self).f(x)
class Leaf(Mid):
    def __init__(self):
        super().__init__(7)
        super(Mid, self).__init__(8)
    def f(self, x): return ('Leaf.f',) + super().f(x) + super(Mid, self).f(-x)
    def g(self):
        return (super().c(1), super().s(2), super().p, super(Leaf, self).__repr__(), super().__str__(), super(Leaf, self).__class__, super().__self__ is self)
    def h(self):
        try: super().nope(1)
        except AttributeError as e: print(e)
        try: super().f()
        except TypeError as e: print(e)
        return super().__init__ is not None
l = Leaf()
print(l.a, l.b, l.f(3), l.g(), l.h())
class L(list):
    def append(self, x): super().append(x * 2); return super(L, self).__len__()
    def __getitem__(self, i): return ('L', super().__getitem__(i))
ll = L(); print(ll.append(1), ll.append(2), ll, ll[0], super(L, ll).__getitem__(1))
class D(dict):
    def __missing__(self, k): return 'missing ' + k
    def get2(self, k): return super().__getitem__(k)
print(D(a=1).get2('a'), D().get2('zz'))
class E(Exception):
    def __init__(self, m): super().__init__('E:' + m)
print(repr(E('x')), E('y').args)
class M(type):
    def __call__(cls, *a): return ('meta', super().__call__(*a))
class W(metaclass=M):
    def __init__(self, v): self.v = v
print(W(3)[0], W(3)[1].v)
print(super(Leaf, Leaf).f(l, 9))
