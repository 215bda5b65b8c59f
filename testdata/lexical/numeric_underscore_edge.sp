# Underscores between digits; attribute access on literals.
print(1_0, 0x_f, 0b_1_0, 1_0.0_1, 1e1_0)
print((1).bit_length(), 1 .real, 1.5.is_integer(), 3.0.is_integer())
print(0x10.__class__.__name__)
print(1.0.hex() if False else 'skip')
print(int('1_000'), float('1_0.5'), int('0x_ff', 16), int('0b_11', 0))
try:
    int('1__0')
except ValueError as e:
    print('ValueError:', e)
try:
    int('_1')
except ValueError as e:
    print('ValueError:', e)
