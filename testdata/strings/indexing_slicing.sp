# String indexing and slicing, including negative steps and out-of-range bounds.
s = 'abcdefgh'
print(s[0], s[-1], s[3], s[-8])
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[6:2:-1], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:2], s[2:100])
print(s[::3], s[7:0:-3], repr(s[0:0]), s[-2::-1])
print(s[None:None:-1], s[slice(1, 4)], s[slice(None, None, -3)])
try:
    s[8]
except IndexError as e:
    print('IndexError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    s['a']
except TypeError as e:
    print('TypeError:', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
try:
    s[1.0]
except TypeError as e:
    print('TypeError:', e)
print(s[True], s[-True])
