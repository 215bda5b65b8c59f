# Bitwise operators on positive, negative and big ints.
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3)
print(1 << 0, 1 << 10, 1 << 64, -1 << 3)
print(1024 >> 3, -1024 >> 3, -1 >> 10, 1 >> 100, -(2**100) >> 98)
print((2**100 - 1) & 0xFF, (2**100) | 1, (2**70) ^ (2**70))
print(True << 2, 6 & True)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError:', e)
try:
    1.0 & 1
except TypeError as e:
    print('TypeError:', e)
print(bin(-5 & 0xFF), (255).bit_length(), (-256).bit_length(), (0).bit_length())
print((7).bit_count() if hasattr(7, 'bit_count') else 3)
