# complex(): numbers, strings, __complex__ / __float__ / __index__, errors.
print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex(True, False), complex(-0.0), complex(0, -0.0))
print(complex(1j), complex(1j, 1j), complex(1+2j, 3+4j), complex(2, 1j), complex(real=1, imag=2), complex(imag=3))
print(complex(10**20, 10**18), complex(2**53 + 1), complex(-0.0, -0.0))
for s in ['1+2j', ' ( 1+2j ) ', '(1+2j)', 'j', '-j', '+J', '1e3j', '1_0+2_0j', '1.5', ' 3 ', '-1.5e-3-2.5J',
          'infj', '-inf-infj', 'nan+nanj', '-nan', 'Infinity-INFINITYj', '1+j', '1-j', '.5j', '5.j', '1e500',
          '1e500j', '\u0661+\u0662j', '\u00a01+1j\u2003', '0j', '-0-0j', '1E+2+3E-1j', '(j)', ' (\t-2j\n) ']:
    print(repr(s), '->', complex(s))
for s in ['', ' ', '1+', '(1+2j', '1+2j)', '1 +2j', '1+ 2j', '1+2', '1+2jj', 'jj', '1j+2', 'abc', '1__0', '_1',
          '1_', '1e', '1e+j', '1+-2j', '()', '(1)(2)', '1\x00', 'nanj+1', '\u00e9', '1.2.3', '++1', 'i', '1i']:
    try:
        print(repr(s), '->', complex(s))
    except ValueError as e:
        print(repr(s), '-> ValueError:', e)

class P:
    def __complex__(self):
        return 3+4j
class Q:
    def __complex__(self):
        return 1
class R:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0
print(complex(P()), complex(P(), 1), complex(P(), 1j), complex(R()), complex(I()), complex(R(), R()), complex(1, I()), complex(Both()))
for e in ["complex([])", "complex(1, '2')", "complex('1', '2')", "complex('1', 2)", "complex(b'1')", "complex(None)",
          "complex(1, None)", "complex(1, [])", "complex(Q())", "complex(10**400)", "complex(1, 10**400)",
          "complex(1, 2, 3)", "complex(real=1, foo=2)", "complex(P(), '1')", "complex(object())"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__ + ':', ex)
print(list(map(complex, ['1', '2j', '-3-4j'])), isinstance(1j, complex), isinstance(1, complex), issubclass(bool, complex))
print(complex.__name__, complex, type(1j) is complex, (1j).__class__, complex(1, 2).__getnewargs__(), (1+2j).__complex__())
