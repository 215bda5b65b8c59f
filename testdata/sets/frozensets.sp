# frozenset: hashable, immutable, usable as dict keys and set members.
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 1 in f, type(f).__name__, frozenset() == frozenset(), frozenset() == set())
print(f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
groups = {frozenset({1, 2}): 'pair', frozenset(): 'empty'}
print(groups[frozenset([2, 1])], groups[frozenset()])
ss = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(ss))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(f | {9}), sorted(f & {1, 9}), f.issubset({1, 2, 3, 4}))
print(repr(frozenset()), repr(frozenset([5])), repr(set()), repr({5}))
try:
    hash({1})
except TypeError as e:
    print('TypeError:', e)
