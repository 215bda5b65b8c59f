# reversed() and sorted() on different types.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
r = reversed([1, 2])
print(next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    reversed(x for x in [])
except TypeError as e:
    print('TypeError:', e)
print(sorted({3, 1, 2}), sorted('dcba'), sorted((3, 1)), sorted({'b': 1, 'a': 2}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(['a', 'B'], key=str.lower, reverse=False))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print('TypeError:', e)
