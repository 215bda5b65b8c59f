# complex's special methods called explicitly, and complex.__new__.
print(complex.__new__(complex, 1, 2), type(complex.__new__(complex)))
class C(complex):
    pass
print(repr(complex.__new__(C, 3)), type(complex.__new__(C, 3)).__name__, int.__new__(int, '7'), float.__new__(float, 2))
print(hasattr(1j, '__add__'), hasattr(1j, '__floordiv__'), hasattr(1j, '__rmod__'), hasattr(1j, '__divmod__'), hasattr(1j, '__lt__'))
print(complex.__mro__, complex.__name__, complex.__qualname__)
print(complex.__add__(1j, 2), complex.__radd__(1j, 2.5), complex.__abs__(-3j), complex.__bool__(0j), complex.__neg__(1j), complex.__hash__(1+0j), complex.__repr__(2j))
print(complex.conjugate(1+1j), complex.__eq__(1j, 1j), complex.__lt__(1j, 1j), complex.__pow__(2j, 2), complex.__rpow__(2j, 2), complex.__format__(1j, '>5'))
print((2+3j).__sub__(1), (2+3j).__rsub__(1), (2+3j).__mul__(True), (1j).__truediv__(0.5), (1j).__rtruediv__(1), (1j).__pos__(), (1j).__ne__(2j), (1+0j).__eq__(1.0))
try:
    (1j).__floordiv__(2)
except AttributeError as e:
    print(e)
import builtins
print(builtins.complex is complex, 'complex' in dir(builtins))
