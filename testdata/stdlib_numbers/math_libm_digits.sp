# math functions and float ** print CPython's (libm's) last digit
import math, random
xs = [0.3, 0.7, 1.2, 2.5, 3.7, 5.1, 7.9, 10.4, 13.3, 17.6]
for x in xs:
    print(x, math.exp(x), math.log(x), math.sin(x), math.cos(x), math.tan(x))
    print(" ", math.atan(x), math.log10(x), math.log2(x), math.sinh(x), math.expm1(x / 9))
    print(" ", x ** 0.37, x ** -1.3, math.pow(x, 2.2), math.atan2(x, 3.3), math.log(x, 7))
random.seed(42)
print([random.gauss(0, 1) for _ in range(6)])
print([random.gammavariate(2.5, 1) for _ in range(4)])
print([random.betavariate(2, 3) for _ in range(4)])
print([random.lognormvariate(0, 1) for _ in range(4)])
print([random.vonmisesvariate(1, 2) for _ in range(4)])
