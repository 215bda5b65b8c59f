# complex with the rest of the language: compiled arithmetic on locals,
# fractions, copy, sys.getsizeof, weakref, typing, operator, statistics.
import copy, sys, fractions, decimal, operator, typing, weakref, statistics
def f(x, y):
    a = x * y + 1j
    b = x ** 0.5
    c = -x ** 0.5
    d = (x + y) * (x - y) / 1j
    e = x * 1j - y
    g = (x - 1j) * (y + 2j) - x / (y * 1j)
    return a, b, c, d, e, g
print(f(2, 3), f(-2.5, 0.5), f(1j, 2j), f(-4, True))
def acc(n):
    s = 0
    z = 1
    for i in range(n):
        s += 1j * i
        s = s * 1 - 0.5
        z *= (1 + 1j) / 2
        if s == 0: break
    return s, z, s != z, -s, abs(z) < 1
print(acc(10))
def neg(n):
    out = []
    for i in range(-3, n):
        out.append(i ** 0.5)
        out.append(float(i) ** 1.5)
    return out
print(neg(3))
x = -8
print(x ** (1/3), x ** 0.5 * 2, [v ** 0.5 for v in [-1, -4.0, 4]])
print(copy.copy(1j), copy.deepcopy([1j, 2+3j]), sys.getsizeof(1j))
print(fractions.Fraction(1, 2) + 1j, 1j * fractions.Fraction(1, 2), fractions.Fraction(1, 2) == 0.5 + 0j, fractions.Fraction(3) ** 1j)
for e in ["weakref.ref(1j)", "statistics.mean([1j, 2j])", "int.__add__(1, 1j)", "float.__mul__(2.0, 1j)", "operator.truediv(1, 2j)", "operator.pow(-8, 0.5)",
          "isinstance(1j, typing.SupportsComplex)", "isinstance(1.0, typing.SupportsComplex)", "fractions.Fraction(1j)", "fractions.Fraction(1) < 1j", "complex(fractions.Fraction(1, 4))", "complex(decimal.Decimal('1.5'))",
          "range(1j)", "'abc' * 1j", "hex(1j)", "chr(1j)", "sum([1j], 0.5)", "max([1j])", "1j.__round__()", "bin(1j)", "1j.__int__()", "(1j).__float__"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__ + ':', ex)
