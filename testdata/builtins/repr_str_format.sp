# repr/str/format/ascii builtins.
print(repr(1), repr('1'), repr([1, '1']), str('x'), str(None), str(3.0), repr(3.0))
print(format(3.14159, '.2f'), format(42), format('x', '^5'), format(1234, ','), format(True), format(None, ''))
print(ascii('plain'), ascii('é'), ascii(['ü']), repr('é'))
print(repr(repr), repr(len), str(int), repr(str), repr(None))
try:
    format(1, 'y')
except ValueError as e:
    print('ValueError:', e)
try:
    format([], 'd')
except TypeError as e:
    print('TypeError:', e)
