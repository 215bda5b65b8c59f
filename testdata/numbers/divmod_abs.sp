# divmod and abs over ints, floats, bools, big ints.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.0, 5), divmod(0, 7), divmod(True, 2))
print(divmod(10**25, 7), divmod(-10**25, 10**12))
print(abs(-5), abs(5), abs(-5.5), abs(True), abs(-0), abs(-2**100))
print(abs(float('-inf')), abs(-0.0))
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)
try:
    divmod(1, 'a')
except TypeError as e:
    print('TypeError:', e)
