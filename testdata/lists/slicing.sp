# List slicing, slice assignment and deletion, extended slices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [1, 2, 3]
print(b)
b[len(b):] = [4, 5]
print(b)
b[::2] = ['a', 'b', 'c']
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
c[1:3] = 'xyz'
print(c)
c[5:2] = ['ins']
print(c)
d = [1, 2, 3]
d[-1:] = []
print(d)
e = [0, 1, 2, 3, 4]
e[3:0:-1] = 'abc'
print(e)
print(a[slice(2, 8, 2)], a[slice(None, None, -4)])
