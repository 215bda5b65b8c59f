# int() parsing: whitespace, signs, underscores, bases, errors.
print(int('42'), int('  42 '), int('\t-7\n'), int('+3'), int('0'), int('-0'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('z', 36), int('Z', 36), int('10', 2), int('777', 8), int('  1_000  '))
print(int('0', 0), int('00', 0), int('-0x10', 0))
print(int(3.99), int(-3.99), int(True), int(2**70 + 0.0))
print(int('12345678901234567890123'))
print(int(), int('٣'))
bad = ['', ' ', '4.5', '0x10', '1e3', 'abc', '--1', '1 2', '010']
for s in bad:
    try:
        int(s) if s != '010' else int(s, 0)
    except ValueError as e:
        print('ValueError:', e)
for base in [1, 37, -1]:
    try:
        int('1', base)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int(12, 10)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
