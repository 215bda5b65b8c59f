# float() parsing and conversions.
print(float('1.5'), float('  -2.25\n'), float('1e3'), float('.5'), float('5.'), float('1_000.5'))
print(float('inf'), float('-Infinity'), float('nan'), float('-nan'))
print(float(3), float(-0), float(True), float(2**60), float())
print(float('0x1p3') if False else 8.0)
for s in ['', 'abc', '1.2.3', '1e', '1_', 'in f', '0x10']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError:', e)
try:
    float(None)
except TypeError as e:
    print('TypeError:', e)
try:
    float([])
except TypeError as e:
    print('TypeError:', e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer())
print((-1.5).__abs__(), (3.7).__trunc__(), (255.0).hex())
print(float.fromhex('0x1.8p1'), (1.5).conjugate())
