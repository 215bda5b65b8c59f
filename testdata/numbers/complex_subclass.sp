# Subclasses of complex, and complex in the numbers tower, json, math.
import json, math, numbers

class C(complex):
    def __repr__(self):
        return 'C' + super().__repr__()
c = C(1, 2)
print(c, repr(c), type(c).__name__, isinstance(c, complex), c + 1, c * c, c.real, c.imag, c.conjugate())
print(abs(c), c == 1+2j, hash(c) == hash(1+2j), type(c + 1).__name__, type(-c).__name__, C('3-4j'), C(C(1)), bool(C()))

class D(complex):
    def __new__(cls, x):
        return super().__new__(cls, x, -x)
    def double(self):
        return self * 2
d = D(3)
print(d, type(d).__name__, -d, d ** 2, bool(D(0)), d.double(), complex(d), type(complex(d)).__name__)

class Tagged(complex):
    def __init__(self, *args):
        self.tag = 't'
    def __add__(self, other):
        return 'added'
t = Tagged(1, 1)
print(t, t.tag, t + 1, 1 + t, t - 1, vars(t))

print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1.0, numbers.Complex))
print(issubclass(complex, numbers.Number), isinstance(c, numbers.Complex), complex(numbers.Real.__complex__(2.5)))

for e in ["math.sqrt(1j)", "math.floor(1j)", "math.isnan(1j)", "math.exp(1j)", "math.pow(1j, 2)", "math.isclose(1j, 1j)",
          "math.hypot(1j, 1)", "math.fsum([1j])", "json.dumps(1j)", "json.dumps([1, 2j])", "json.dumps({'a': c})"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__ + ':', ex)
