import numbers
from fractions import Fraction
from decimal import Decimal

values = [3, True, 2.5, Fraction(1, 3), Decimal("1.5"), "3", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number))
print(issubclass(numbers.Integral, numbers.Real), issubclass(numbers.Real, numbers.Integral))
print([c.__name__ for c in numbers.Integral.__mro__])
print(numbers.Real.__module__, numbers.Number)

class Money(numbers.Number):
    def __init__(self, v):
        self.v = v

m = Money(3)
print(isinstance(m, numbers.Number), isinstance(m, numbers.Real), isinstance(m, numbers.Integral))

class Incomplete(numbers.Real):
    pass

try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(c.__name__, sorted(c.__abstractmethods__))

ns = {name: (lambda self, *args: NotImplemented) for name in numbers.Rational.__abstractmethods__}
ns["numerator"] = property(lambda self: 3)
ns["denominator"] = property(lambda self: 4)
ns["__neg__"] = lambda self: -0.75
ns["__add__"] = lambda self, other: 0.75 + other
ns["__lt__"] = lambda self, other: 0.75 < other
ns["__eq__"] = lambda self, other: 0.75 == other
ns["__floordiv__"] = lambda self, other: 0.75 // other
ns["__mod__"] = lambda self, other: 0.75 % other
ns["__pos__"] = lambda self: 0.75
ns["__hash__"] = lambda self: 7
ThreeQuarters = type("ThreeQuarters", (numbers.Rational,), ns)
q = ThreeQuarters()
print(float(q), q - 1, q.real, q.imag, q.conjugate(), divmod(q, 0.5), bool(q), isinstance(q, numbers.Real))

class Meters:
    pass

numbers.Rational.register(Meters)
print(isinstance(Meters(), numbers.Real), isinstance(Meters(), numbers.Integral), issubclass(Meters, numbers.Number))

def kind(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Number):
        return "number"
    return "not a number"

print([kind(x) for x in [1, 1.0, Fraction(1, 2), Decimal(1), "1", 10**30]])
try:
    numbers.Number.register(5)
except TypeError as e:
    print("TypeError:", e)
