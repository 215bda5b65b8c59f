# Unpacking lists of every small size (up to 4 items are copied on the
# stack, longer ones on the heap), nested, in for targets, and errors.
a, = [1]
b, c = [2, 3]
d, e, f = [4, 5, 6]
g, h, i, j = [7, 8, 9, 10]
k, l, m, n, o = [11, 12, 13, 14, 15]
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)
(p, q), [r, s, t] = [[1, 2], [3, 4, 5]]
print(p, q, r, s, t)
bodies = [[[0.0, 1.0], [2.0, 3.0], 4.0], [[5.0, 6.0], [7.0, 8.0], 9.0]]
for (x, y), v, mass in bodies:
    print(x, y, v, mass)
pairs = [(bodies[0], bodies[1])]
for (p1, v1, m1), (p2, v2, m2) in pairs:
    v1[0] = m1 + m2
print(bodies[0][1])
first, *rest = [1, 2, 3, 4, 5, 6]
print(first, rest)
lst = [1, 2]
lst[0], lst[1] = lst
print(lst)
for bad in ([], [1], [1, 2, 3], [1, 2, 3, 4, 5, 6]):
    try:
        u, w = bad
        print(u, w)
    except ValueError as err:
        print("ValueError", err)
try:
    u, w, x2, y2, z2 = [1, 2, 3, 4]
except ValueError as err:
    print("ValueError", err)
