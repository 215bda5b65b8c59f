# Digit counting around the uint64 boundary: +, -, *, /, quantize, adjusted, precision rounding.
from decimal import Decimal, getcontext, ROUND_HALF_UP
xs = [Decimal("123456789012345678901234567890.5"), Decimal("0.000123"), Decimal("99999999999999999999"), Decimal("-7.25"), Decimal(10) ** 30, Decimal("1e-40")]
for a in xs:
    for b in xs:
        print(a + b, a - b, a * b, a / b, a.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if abs(a) < 10**20 else a, a.adjusted())
getcontext().prec = 5
print(Decimal(1) / Decimal(7), Decimal("123456") + 1, Decimal(2).sqrt(), Decimal("99999.5") + 0)

for a in ("-0", "0", "-1.5", "1.5", "2.25", "-2.250"):
    print([str(Decimal(a) + Decimal(b)) + "/" + str(Decimal(a) - Decimal(b)) for b in ("-0", "0", "1.5", "-1.50", "-2.25")])
