# math module: constants and common functions.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10**20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1) == math.pi / 4, math.hypot(3, 4))
print(math.factorial(10), math.factorial(0), math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.lcm(4, 6))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float('nan')))
print(math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180) == math.pi, math.modf(3.5), math.frexp(8.0))
print(math.floor(10**20 + 0.5) if False else math.floor(1e20), math.ceil(5), math.floor(-0.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.log(-1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError:', e)
