# math functions with big ints and edge floats.
import math
print(math.sqrt(10**30), math.isqrt(2**200), math.log(2**1000), math.log10(10**50))
print(math.floor(-1e-300), math.ceil(1e-300), math.floor(float(2**60)), math.trunc(1e20))
print(math.gcd(2**100, 6**50), math.factorial(30), math.comb(100, 50))
print(math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.fsum([1e100, 1.0, -1e100]), math.fmod(-7, 2), -7 % 2, math.remainder(7, 2))
print(math.dist([0, 0], [3, 4]), math.sqrt(0.0), math.sqrt(-0.0))
try:
    math.floor(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    math.isqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.sqrt('4')
except TypeError as e:
    print('TypeError:', e)
