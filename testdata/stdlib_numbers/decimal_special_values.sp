# decimal special values: Infinity, NaN, sNaN in arithmetic, comparisons, conversions, formatting
from decimal import Decimal, InvalidOperation, localcontext
import math
inf, ninf, nan, snan = Decimal("Infinity"), Decimal("-inf"), Decimal("NaN"), Decimal("sNaN")
print(inf, ninf, nan, snan, repr(Decimal("-nan")), Decimal("NaN123"), Decimal("  INF  "), Decimal("+Infinity"), Decimal("-sNaN7"))
print(Decimal(float("inf")), Decimal(float("-inf")), Decimal(float("nan")), repr(Decimal(-float("inf"))))
print(inf + 1, inf - 10**30, ninf * 2, inf * -3, inf / 7, Decimal(7) / inf, Decimal(-7) / inf, inf // 2, Decimal(5) // inf, Decimal(5) % inf)
print(-inf, +inf, abs(ninf), -nan, abs(Decimal("-NaN")), nan + 1, 1 - nan, nan * inf)
for label, f in [("inf-inf", lambda: inf - inf), ("inf*0", lambda: inf * 0), ("inf/inf", lambda: inf / inf), ("inf%2", lambda: inf % 2),
                 ("snan+1", lambda: snan + 1), ("nan<1", lambda: nan < 1), ("1>=nan", lambda: Decimal(1) >= nan), ("snan==1", lambda: snan == 1),
                 ("int(nan)", lambda: int(nan)), ("int(inf)", lambda: int(inf)), ("round(inf)", lambda: round(inf)), ("floor(-inf)", lambda: math.floor(ninf)),
                 ("float(snan)", lambda: float(snan)), ("hash(snan)", lambda: hash(snan)), ("quantize", lambda: inf.quantize(Decimal("0.01"))),
                 ("quantize2", lambda: Decimal(1).quantize(inf)), ("sqrt(-inf)", lambda: ninf.sqrt()), ("sorted", lambda: sorted([Decimal(1), nan]))]:
    try:
        print(label, repr(f()))
    except (InvalidOperation, ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)
print(nan == nan, nan != nan, nan == 1, inf == inf, inf > 10**100, ninf < -10**100, inf == float("inf"), Decimal(3) < float("inf"), inf > 1.5)
print(max(Decimal(1), inf), min(Decimal(1), ninf), sorted([inf, Decimal(0), ninf, Decimal("-2.5")]))
print(float(inf), float(ninf), float(nan), math.isinf(inf), math.isnan(nan), hash(inf) == hash(float("inf")), hash(ninf))
print(bool(inf), bool(nan), inf.is_infinite(), nan.is_nan(), snan.is_snan(), nan.is_qnan(), Decimal(1).is_finite(), inf.is_finite())
print(inf.as_tuple(), nan.as_tuple(), Decimal("-NaN45").as_tuple(), snan.as_tuple(), inf.adjusted())
print(inf.sqrt(), inf.quantize(Decimal("Infinity")), nan.quantize(Decimal(1)), inf.normalize(), inf.to_integral_value(), nan.sqrt())
print(f"{inf}|{ninf:>12}|{nan:<6}|{inf:.2f}|{ninf:,.3f}|{inf:+}|{nan:*^9}|{inf:%}|{ninf:=12}|{inf:010}")
print(Decimal(2) ** inf, Decimal("0.5") ** inf, inf ** 2, inf ** -1, ninf ** 3, ninf ** 2, inf ** 0)
print(Decimal(1).compare(Decimal(2)), Decimal(2).compare(Decimal(2)), Decimal(3).compare(Decimal(2)), nan.compare(Decimal(1)), inf.compare(Decimal(5)))
print(Decimal(1).max(nan), nan.min(Decimal(2)), Decimal("1.0").max(Decimal(1)), Decimal("1.0").min(Decimal(1)), Decimal("-3").copy_abs(), inf.copy_negate(), Decimal(5).copy_sign(Decimal(-1)))
print(Decimal.from_float(0.1), Decimal.from_float(float("inf")), Decimal.from_float(5), math.floor(Decimal("-2.5")), math.ceil(Decimal("2.1")), math.trunc(Decimal("-7.9")))
print(divmod(Decimal(7), 2), divmod(-7, Decimal(2)), divmod(Decimal("7.5"), Decimal("2")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / inf, Decimal(1) ** inf)
print(sum([Decimal("1.5"), inf]), [x for x in [Decimal(1), nan, inf] if x == x])
