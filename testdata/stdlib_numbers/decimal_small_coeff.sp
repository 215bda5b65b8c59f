# Decimal arithmetic on small (uint64) and large coefficients, across the
# 2**64 boundary, with every rounding mode and small precisions.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP

modes = [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
vals = ['0', '-0', '1', '-1', '0.01', '0.0013', '0.00894', '123.455', '-123.445', '2.5', '-2.5', '3.5', '0.5',
        '18446744073709551615', '18446744073709551616', '-18446744073709551617', '9999999999999999999',
        '1.8446744073709551615', '99999999999999999999.5', '1E+5', '1.00E-3', '-0.000', '12345678901234567890123',
        '0.15', '0.25', '0.35', '-0.45', '1.05', '1.15']
ds = [Decimal(v) for v in vals]
for a in ds:
    print(repr(a), str(a), bool(a), hash(a) == hash(Decimal(str(a))), a.adjusted())
for a in ds:
    for b in ds[::3]:
        print(a, b, a + b, a - b, a * b, a == b, a < b, a >= b)
for m in modes:
    for a in ds:
        try:
            print(m, a, a.quantize(Decimal('0.01'), rounding=m), a.quantize(Decimal('1E+1'), rounding=m), a.quantize(Decimal('0.1'), m))
        except Exception as e:
            print(m, a, type(e).__name__)
for prec in (1, 2, 5, 19, 20, 21, 28):
    for m in modes:
        getcontext().prec = prec
        getcontext().rounding = m
        out = []
        for a in ds[::2]:
            for b in ds[1::4]:
                out.append(str(a + b))
                out.append(str(a * b))
                out.append(str(a - b))
            out.append(str(+a))
            out.append(str(-a))
            out.append(str(abs(a)))
        print(prec, m, ' '.join(out))
getcontext().prec = 28
getcontext().rounding = ROUND_HALF_EVEN
for a in ds:
    print(a, a * 3, 7 * a, a + 1, 2 - a, a * -5)
x = Decimal('0.00')
for i in range(50):
    x += Decimal('184467440737.09551615') * i
    x -= Decimal('0.1')
print(x, x * x, x * x * x)
with localcontext() as c:
    c.rounding = ROUND_FLOOR
    print(Decimal('1') - Decimal('1'), Decimal('-1') + Decimal('1'))
print(Decimal('1') - Decimal('1'), Decimal('-0') + Decimal('-0'), Decimal('-0') - Decimal('0'))
print(Decimal('12.345').quantize(Decimal('1E+2')), Decimal('999.9').quantize(Decimal('1E+3')), Decimal('0.0000').quantize(Decimal('1E+5')))
print(Decimal('1234567890123456789').quantize(Decimal('0.1')), Decimal('18446744073709551615').quantize(Decimal('0.01')))
try:
    print(Decimal('123456789012345678901234567').quantize(Decimal('0.01')))
except Exception as e:
    print(type(e).__name__)
print(sorted(ds)[:5], min(ds), max(ds))
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.20'), Decimal('100') * Decimal('0.010'))
