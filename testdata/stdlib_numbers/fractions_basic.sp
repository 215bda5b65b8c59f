# fractions.Fraction: construction, arithmetic, comparisons, hashing, limit_denominator, str/repr, errors
from fractions import Fraction
import math

a = Fraction(3, 4); b = Fraction("5/6"); c = Fraction(-6, 8)
print(a, repr(b), c, Fraction(5), Fraction("1.25"), Fraction("-3e-2"), Fraction(" 7/21 "), Fraction(0.5), Fraction(1.1))
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(c), a ** 2, a ** -2, 2 ** Fraction(1, 2))
print(a + 1, 1 - a, a * 2, 3 / a, a + 0.25, 0.5 * a, a == 0.75, a < 1, Fraction(1, 2) == Fraction(2, 4), a > b)
print(a.numerator, a.denominator, math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1234, 100), 1), round(Fraction(1234, 1), -2))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), len({Fraction(1, 2), 0.5, Fraction(2, 4)}))
print(Fraction(math.pi).limit_denominator(1000), Fraction("3.14159").limit_denominator(100), Fraction(1, 3).limit_denominator(2))
print(sum([Fraction(1, n) for n in range(1, 6)]), sorted([Fraction(1, 3), Fraction(1, 4), 0.3]), a.as_integer_ratio(), bool(Fraction(0)))
for args in [(1, 0), ("abc",), ("1/0",), (1.5, 2)]:
    try:
        print(Fraction(*args))
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(str(Fraction(10, 5)), Fraction(Fraction(1, 2), Fraction(1, 3)))
