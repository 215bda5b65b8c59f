# int / int is correctly rounded even for integers beyond the float range.
print(10**400 / 10**399, 2**1100 / 2**1000, (10**30 + 1) / 10**30, 1 / 3)
print(7 / 7, -7 / 2, 2**53 / 1, (2**53 + 1) / 1, (2**64 + 1) / 2)
print(10**20 / 10**10, 123456789123456789 / 10, -(10**25) / 7)
try:
    10**400 / 3
except OverflowError as e:
    print('OverflowError:', e)
try:
    2.0 * 10**400
except OverflowError as e:
    print('OverflowError:', e)
print(10**400 // 10**398, 10**400 % 7, 10**400 > 1e308)
print(float(10**308), float(-(2**1023)))
