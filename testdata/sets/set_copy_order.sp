# Copies of sets (copy(), frozenset(s), s - t, s | t) iterate in CPython's
# order, also when the source table holds dummies or was resized.
for n in (0, 1, 4, 5, 8, 20, 50, 100):
    s = set(range(0, 3 * n, 3))
    for i in range(0, 3 * n, 9):
        s.discard(i)
    f = frozenset(s)
    print(n, list(s.copy()), list(f), list(f - {3, 12}), list(s - set(range(0, 60, 2))))
    print(list(frozenset(range(n)) - frozenset([1, 2])), list(s | {1000, 7}), list(f.copy()))
    g = set(range(n * 7, 0, -7))
    g.add(-1)
    print(list(g.copy()), list(frozenset(g) - {7}), sorted(g - {14}) == sorted(g.difference([14])))
free = frozenset(range(50))
for fp in (frozenset([0, 1, 5, 6, 10]), frozenset([49, 48, 47, 43, 42])):
    n = free - fp
    print(list(n), min(n), len(n & frozenset([2, 3, 11])))
# colliding home slots: the result must still iterate in CPython's order
for ks in ([0, 8, 16, 24, 32, 1, 9], list(range(0, 400, 32)), [2**61 - 1 + i for i in range(12)] + [-5, -1, -2, 3],
           list(range(0, 64, 4)) + list(range(64, 0, -3))):
    a = frozenset(ks)
    b = set(ks[1:-1:2]) | {10**6}
    print(list(a - b), list(b - a), list(a & b), list(b & a), list(set(ks) - {ks[0]}), list(a & set(range(-10, 100))))
