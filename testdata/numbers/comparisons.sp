# Numeric comparisons across int/float/bool and big ints.
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True)
print(1 < 2.5, 2**64 > 1e19, 2**64 == 2.0**64, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 == float(2**53 + 1))
print(10**20 < 1e20 * 1.0000001, 10**400 > 1e308)
print(-1 < 0 < 1, 1 < 2 < 3 < 4 > 3, 1 < 3 < 2, 1 == 1 == 1.0)
print(3 > 2 > 1 == 1, 5 >= 5 <= 6, 1 != 2 != 1)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005)
try:
    1 < 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    None > 0
except TypeError as e:
    print('TypeError:', e)
print(1 == 'a', None == 0, [] == (), 1 != '1')
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(True > False, True + 0.5, -True)
