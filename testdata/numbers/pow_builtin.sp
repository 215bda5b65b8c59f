# ** and pow() with ints, floats, negative exponents and modulus.
print(2 ** 10, 2 ** -2, (-2) ** 3, 9 ** 0.5)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, -1, 7), pow(38, -1, 97), pow(10**20, 10**20, 10**9 + 7))
print(4 ** 0.5, 2 ** 0.5, 10 ** -3, 10.0 ** 3, 0.0 ** 0)
print(pow(2.0, 3), pow(2, 3.0), 1 ** float('inf'), float('inf') ** 0)
print((-1) ** 0.5, pow(-8, 1/3), pow(-2.0, 0.5), (-1) ** 0.25)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    pow(2, 0.5, 5)
except TypeError as e:
    print('TypeError:', e)
print(pow(5, 0, 1), pow(0, 0, 7))
print(2 ** 200 % 1000, pow(7, 2**64, 1000))
