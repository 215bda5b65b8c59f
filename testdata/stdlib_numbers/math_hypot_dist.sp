# math.hypot and math.dist round like CPython's vector_norm (last digit)
import math
pts = [(1.5, 2.3), (0.1, 0.2), (3, 4), (1e-320, 3e-320), (1e300, 1e300), (7.25, -0.3), (2.2, 9.1), (0.7, 0.7), (123.456, 0.001)]
for a, b in pts:
    print(math.hypot(a, b), math.hypot(a, b, a + b), math.dist((a, b), (b, a)), math.dist((a, 0, b), (0.5, 0.25, 0.125)))
print(math.hypot(), math.hypot(-2.5), math.hypot(*[0.1 * i for i in range(1, 20)]))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0, 0), math.hypot(5e-324, 5e-324))
print(math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()))
for bad in [lambda: math.dist((1, 2), (1,)), lambda: math.hypot("x"), lambda: math.hypot(1, y=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
