# Imaginary literals and the repr/str of complex numbers (CPython 3.11).
print(1j, 2.5J, 1e3j, 0j, 1_0j, 0.5j, .5j, 00j, 09j, 1.j, 1.e2J, 1e-3j)
print(1+2j, -1-2j, 3 - 0j, -0j, -(0j), 0j * -1, 1j - 1j)
print(type(1j), type(1j).__name__, 1j.imag, 1J.real, (1+2j).real, (1+2j).imag)

inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, 1.5e300, 123456789.0, inf, -inf, nan]
for re in parts:
    print(' '.join(repr(complex(re, im)) for im in parts))

print(str(1+2j), repr(1+2j), str(complex(-0.0, -1.0)), [1j, -2j, 3+0j], (1j,), {'k': 2-1j})
print(0x10, 1j.conjugate(), (3-4j).conjugate(), complex(0, -0.0).conjugate())
