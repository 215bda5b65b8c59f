# Aliasing, shallow copies and nested mutation.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 'changed'
a[1].append(4)
print(a, b, c, d, e)
print(a is b, a is c, a[1] is c[1], a == b)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
x = [1, 2]
x.append(x)
print(x, len(x), x[2] is x)
y = {'self': None}
y['self'] = y
print(y)
