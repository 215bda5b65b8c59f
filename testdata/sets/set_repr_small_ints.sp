# Sets of small ints: we still print them sorted (order is not part of the contract).
s = set(range(5))
print(sorted(s), min(s), max(s), sum(s))
print(sorted({-1, -2, 0}), sorted({True, 2}), sorted({1.5, 1, 2}))
print(sorted(set([5, 5, 4]) - {4}), len({0, -0, 0.0, False}))
print(repr(set()), str({7}), str(frozenset({7})))
