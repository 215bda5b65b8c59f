# Tuple/list unpacking targets, nested targets, swaps.
a, b = 1, 2
(c, d) = [3, 4]
[e, f] = 'ef'
g, = [5]
[h] = (6,)
print(a, b, c, d, e, f, g, h)
(i, (j, k)), l = (7, (8, 9)), 10
print(i, j, k, l)
a, b = b, a
print(a, b)
x = y = z = 'chained'
print(x, y, z, x is y)
m = n = []
m.append(1)
print(n)
p, q = {'p': 1, 'q': 2}
print(p, q)
r, s = {'r': 1, 's': 2}.items()
print(r, s)
lst = [0, 0, 0]
lst[0], lst[2] = 'first', 'third'
print(lst)
i = 0
i, lst[i] = 1, 'which index?'
print(i, lst)
def f():
    return 1, 2, 3
u, v, w = f()
print(u + v + w)
