# Arithmetic of complex with int, float, bool and complex.
print((1+2j) + 1, 1 + (1+2j), (1+2j) * 2.5, 2 - 1j, True + 1j, False * 1j)
print(1j * 1j, 1j ** 2, (1+2j) / (3-4j), 1j / 2, 1 / 1j, 2.0 / (1+1j), (1+2j) - (1+2j))
print((1e300+1e300j) / (1e300+1e300j), (1+1j) / (1e-320+0j), 1j / complex(0, 1e-320))
print(-(1+2j), +(1+2j), -(-0.0+0j), abs(3+4j), abs(-1j), abs(0j), abs(complex(-1e300, 1e300)))
inf, nan = float('inf'), float('nan')
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)))
print((-8) ** 0.5, (-8.0) ** 0.5, pow(-8, 1/3), (-1) ** 0.5, (-2.0) ** 1.5, (-2) ** -0.5, pow(-1.0, 0.25))
print(2 ** (1+1j), (1+1j) ** 3, (1+1j) ** -2, (2+0j) ** 0.5, 0j ** 0, 0j ** 2, (1+1j) ** 101, 1j ** 100)
print((1+1j) ** (1-1j), (3+4j) ** 0.5, 1j ** 1j, 2 ** 1j, (-1) ** (1/3+0j), (0.5+0.5j) ** -100)
print(sum([1j, 2, 3.5]), sum([1+1j, 2-1j]), sum([0.5j] * 3, 1j))
x = 1j
x += 1
x *= 2j
x **= 2
x -= 1.5
x /= 2
print(x)
print(1j == 1j, 1 + 0j == 1, 1.5 + 0j == 1.5, 1j != 0, 2**53 + 1 == complex(2**53 + 1, 0), 2**53 + 1 == 2**53 + 1 + 0j)
print(1 == 1+0j, 1.0 != 1+0j, True == 1+0j, 1j == 'a', 1j in [1, 1j], complex(nan, 0) == complex(nan, 0))
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(-1+0j), hash(1+2j), hash(-1-1j), hash(complex(0, -1)), hash(0j))
print(hash(complex(inf, -inf)), hash(complex(1e300, 1e-300)), hash(complex(2**60, 3)))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(nan, 0)), not 0j)
print({1+0j: 'a', 1: 'b'}, sorted({1j, 1j, 0j, 0}, key=abs), [1j, 2j].index(2j), 2j in {2j: 1})
print((1+2j).__add__(1), (1+2j).__radd__(1.5), (1j).__truediv__(2), complex.__add__(1j, 1j), (1j).__eq__(1j))
print((1j).__lt__(1j), (1j).__mul__('a'), (1j).__add__([]), (2j).__rpow__(2), (1j).__neg__(), (-1j).__abs__())
for e in ["1j < 2j", "1j < 1", "1 >= 1j", "1.5 > 1j", "1j // 2", "1j % 2", "2 // 1j", "divmod(1j, 2)",
          "1j / 0", "1j / 0j", "1 / 0j", "0j ** -1", "0j ** 1j", "0j ** (-1+0j)", "int(1j)", "float(1j)",
          "round(1j)", "pow(1j, 2, 3)", "pow(2, 1j, 3)", "pow(2, 3, 1j)", "abs(complex(1e308, 1e308))",
          "complex(1e308, 1e308) ** 2", "(1e200j) ** 2", "10.0 ** (1e3+0j)", "~1j", "1j & 1", "1j << 1",
          "1j + 'a'", "'a' * 1j", "[1] * 1j", "10**400 + 1j", "1j * 10**400", "sorted([1j, 2j])", "max(1j, 2j)",
          "(1+1j) ** 1e300", "complex(inf, 0) * 2", "complex(inf, 1) ** 2", "(-8) ** 0.5 < 1", "1j.real.is_integer()"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__ + ':', ex)
