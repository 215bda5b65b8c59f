# Frozensets of small ints compare and combine through a cached bitmap;
# results must equal the generic ones, with other element types too.
A = frozenset([0, 1, 5, 63])
B = frozenset(range(64))
C = frozenset([0, 1, 5, 64])
D = frozenset([True, 5.0, 63])
E = frozenset([-1, 0])
for x in (A, B, C, D, E, frozenset(), set(A), {1, 5}):
    row = []
    for y in (A, B, C, D, E, frozenset(), set(B)):
        row.append((x <= y, x < y, x >= y, x == y, sorted(x - y, key=repr), sorted(x & y, key=repr), len(x | y)))
    print(row)
f = frozenset(range(10))
g = f - {3}
print(g <= f, f <= g, list(g), list(f & g), list(g - frozenset([4, 5])), list(frozenset([1, 2]) & f))
h = frozenset([1.0, 2])
print(h <= f, list(h & f), list(f & h), list(h - f), list(f - h))
print(frozenset([1, 2]).issubset(f), f.issuperset(frozenset([9])), f.isdisjoint(frozenset([10, 11])))
# results of bitset operations carry their bitmap into later tests
big = frozenset(range(50))
for cut in (frozenset([0, 7, 49]), frozenset(range(0, 50, 2)), frozenset([63])):
    d = big - cut
    i = big & cut
    print(len(d), len(i), cut <= d, i <= cut, i <= d, d <= big, (d - i) <= d, (d & i) <= frozenset(), min(d), list(i)[:5])
