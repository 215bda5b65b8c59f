# Builtins over lists: sum/min/max/any/all/len/zip/map/filter/sorted/reversed.
a = [4, -2, 7, 0]
print(sum(a), sum(a, 10), min(a), max(a), any(a), all(a), len(a))
print(sum([0.1] * 10), sum([[1], [2]], []), sum([]), sum([], 5))
print(list(zip(a, 'abcd')), list(map(abs, a)), list(filter(None, a)), list(filter(lambda x: x > 0, a)))
print(max([], default='empty'), min([[3], [1, 2]]), max(a, key=abs), min('b', 'a', 'c'))
print(list(reversed(a)), a.index(max(a)), [x for x in a if x] == list(filter(bool, a)))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min()
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a'], '')
except TypeError as e:
    print('TypeError:', e)
