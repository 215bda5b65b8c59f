# del on list items/slices/names; list equality vs identity.
a = [0, 1, 2, 3, 4, 5]
del a[0]
del a[-1]
del a[1:3]
print(a)
b = a
del a
try:
    print(a)
except NameError as e:
    print('NameError:', e)
print(b)
c = [1, 2]
d = [1, 2]
print(c == d, c is d, c is not d)
try:
    del c[5]
except IndexError as e:
    print('IndexError:', e)
x, y = [1], [1]
del x[:], y[0]
print(x, y)
