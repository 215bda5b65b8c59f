# Branch cuts: the sign of a zero imaginary (or real) part picks the side,
# as in CPython 3.11.
import cmath

def pair(f, a, b):
    try:
        return repr(f(a)) + '/' + repr(f(b))
    except ValueError:
        return 'ValueError'

for name in ['sqrt', 'log', 'acos', 'asin', 'atanh', 'acosh', 'asinh', 'atan']:
    f = getattr(cmath, name)
    row = []
    for x in [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0]:
        row.append(pair(f, complex(x, 0.0), complex(x, -0.0)))
    for y in [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0]:
        row.append(pair(f, complex(0.0, y), complex(-0.0, y)))
    print(name, ' '.join(row))
print((-8) ** (1/3), (-1) ** 0.5, cmath.sqrt(-1) == 1j, (-27) ** (1/3) == cmath.exp(cmath.log(-27) / 3))
