# decimal: construction, context precision 28, arithmetic, quantize with rounding modes, comparisons, str/repr
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero

print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(10) / Decimal(4), Decimal("100") * Decimal("0.10"))
print(repr(Decimal("1e3")), Decimal("1E+3"), Decimal("0.000001"), Decimal("0.0000001"), Decimal("-0"), Decimal("123.4500"), Decimal(0.1), Decimal(5), Decimal(-12))
print(Decimal("7.325").quantize(Decimal("0.01")), Decimal("7.325").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("7.329").quantize(Decimal("0.01"), rounding=ROUND_DOWN), Decimal("-7.321").quantize(Decimal(".01"), ROUND_CEILING))
print(Decimal("2").sqrt(), Decimal(16).sqrt(), Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(-7) % Decimal(2), Decimal("1.5") == 1.5, Decimal(3) == 3, Decimal("0.1") + 1)
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")), hash(Decimal("0.5")) == hash(0.5), hash(Decimal(7)) == hash(7), Decimal("1.0") == Decimal("1.00"))
print(sorted([Decimal("3.1"), Decimal("-1"), Decimal("2.50")]), sum([Decimal("0.1")] * 10), Decimal("0.1") * 3 == Decimal("0.3"), -Decimal("5.0"), abs(Decimal("-2.5")))
print(Decimal(2) ** 10, Decimal("1.1") ** 2, Decimal(2) ** -2, Decimal("12.500").normalize(), Decimal("1.20").as_tuple())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") * 1, getcontext().prec)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2) / Decimal(3))
print(Decimal(2) / Decimal(3), f"{Decimal('3.14159'):.2f}", f"{Decimal('2.5')}")
for f in [lambda: Decimal(1) / 0, lambda: Decimal("abc"), lambda: Decimal(1) + 1.5]:
    try:
        f()
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__)
print(isinstance(Decimal(1) / 0 if False else Decimal(0), Decimal), issubclass(DivisionByZero, ZeroDivisionError))
