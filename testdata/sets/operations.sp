# Set algebra with operators and methods; subset relations.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 7])))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, {9} <= a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 50}
print(sorted(c))
d = {1, 2, 3}
d.update([4], (5,))
d.intersection_update({1, 2, 3, 4, 99})
d.difference_update({1})
d.symmetric_difference_update({2, 100})
print(sorted(d))
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
try:
    a < [1]
except TypeError as e:
    print('TypeError:', e)
print(sorted({1, 2} | frozenset({3})), type({1} | frozenset({3})).__name__, type(frozenset({3}) | {1}).__name__)
