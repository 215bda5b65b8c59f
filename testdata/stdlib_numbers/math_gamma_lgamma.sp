# math.gamma and math.lgamma follow CPython's Lanczos computation to the last digit, with its error cases
import math
xs = [0.5, 1.5, 2.5, 3.7, 4.2, 5.5, 7.1, 10.3, 23, 24, 30.5, 100.25, 141.5, 171.5, -0.5, -1.5, -2.3, -7.9, -150.5, -201.5, 1e-21, -1e-21, 0.001]
for x in xs:
    print(x, math.gamma(x), math.lgamma(x))
print([math.gamma(n) for n in range(1, 25)])
print(math.lgamma(1), math.lgamma(2), math.lgamma(3), math.lgamma(1e300), math.lgamma(-math.inf), math.gamma(math.inf), math.lgamma(math.nan))
for bad in [lambda: math.gamma(0), lambda: math.gamma(-3), lambda: math.gamma(-math.inf), lambda: math.gamma(172), lambda: math.lgamma(0), lambda: math.lgamma(-2), lambda: math.gamma(5e-324)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
