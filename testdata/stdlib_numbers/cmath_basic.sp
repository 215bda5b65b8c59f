# cmath: everyday use, constants, conversions and errors (CPython 3.11).
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(-4.0), cmath.sqrt(3+4j), cmath.sqrt(1j), cmath.sqrt(2))
print(cmath.exp(1j * cmath.pi), cmath.exp(1), cmath.exp(1+1j), cmath.log(-1), cmath.log(1j), cmath.log(10))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(100, 10), cmath.log(-8, -2), cmath.log(0, 2), cmath.log10(1000), cmath.log10(-100))
for z in [0.5, 2, -2, 1+1j, -1-1j, 3j, complex(0.25, -4)]:
    print(z, [cmath.acos(z), cmath.acosh(z), cmath.asin(z), cmath.asinh(z), cmath.atan(z), cmath.atanh(z)])
    print(z, [cmath.cos(z), cmath.cosh(z), cmath.sin(z), cmath.sinh(z), cmath.tan(z), cmath.tanh(z)])
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0), cmath.phase(-0.0))
r, phi = cmath.polar(1+1j)
print(r, phi, cmath.rect(r, phi), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0), cmath.rect(-1, -0.0), cmath.polar(-2))
print(cmath.isfinite(1+1j), cmath.isfinite(complex(1, float('inf'))), cmath.isinf(complex(float('-inf'), 0)), cmath.isnan(cmath.nanj))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.01j, rel_tol=0.1), cmath.isclose(0, 1e-10, abs_tol=1e-9),
      cmath.isclose(cmath.inf, cmath.inf), cmath.isclose(cmath.nan, cmath.nan), cmath.isclose(a=1, b=1.0))

class CC:
    def __complex__(self):
        return 1+1j
class FF:
    def __float__(self):
        return 0.5
class II:
    def __index__(self):
        return 4
class Sub(complex):
    def __complex__(self):
        return 99j
print(cmath.sqrt(CC()), cmath.sqrt(FF()), cmath.sqrt(II()), cmath.sqrt(Sub(4)), cmath.exp(True), cmath.log(CC(), FF()))

for e in ["cmath.sqrt('a')", "cmath.sqrt(None)", "cmath.rect(1j, 1)", "cmath.log(2, 1)", "cmath.log(0)", "cmath.log(1, 0)",
          "cmath.log(10**400)", "cmath.exp(1000)", "cmath.cosh(1000+1j)", "cmath.sinh(-800)", "cmath.atanh(1)", "cmath.atanh(-1)",
          "cmath.atan(1j)", "cmath.phase(complex(1e300, 1e-300))", "cmath.polar(complex(1e308, 1e308))", "cmath.polar(complex(1.7e308, 1.7e308))",
          "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.sqrt(x=1)", "cmath.log()", "cmath.log(1, 2, 3)", "cmath.log(1, base=2)",
          "cmath.rect(1)", "cmath.rect(r=1, phi=2)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.isclose(1, 2, 3)",
          "cmath.isclose(1)", "cmath.isclose(1, 1, foo=1)", "cmath.isclose(1, 1, rel_tol='a')", "cmath.isclose(1, 2, a=1)",
          "cmath.exp(complex(1, float('inf')))", "cmath.tan(complex(float('inf'), 1))", "cmath.rect(2, float('inf'))"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__ + ':', ex)
