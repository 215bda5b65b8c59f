# set/frozenset equality and comparisons across types; numeric equivalence in sets.
print({1, 2} == frozenset({1, 2}), frozenset({1}) == {1.0}, {1, 2} != {1, 2, 3})
print({1, 2} < frozenset({1, 2, 3}), frozenset({1}) <= {1}, {0} == {False}, {True} == {1})
s = {1, 2.0, 3}
print(2 in s, 2.0 in s, True in s, 1.0 in s, '2' in s)
s.discard(2)
print(sorted(s))
print(len({0.0, -0.0, 0}), len({'a', 'a'.upper().lower()}))
print({1, 2} == [1, 2], [1, 2] == {1, 2})
