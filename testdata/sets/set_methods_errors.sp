# Set methods accept any iterable; operators need sets.
s = {1, 2}
print(sorted(s.union('ab') - {'a'}, key=str))
print(s.issubset([1, 2, 3]), s.issuperset(iter([1])), s.intersection(range(2)))
try:
    s.union(5)
except TypeError as e:
    print('TypeError:', e)
try:
    s - 'ab'
except TypeError as e:
    print('TypeError:', e)
try:
    set(1)
except TypeError as e:
    print('TypeError:', e)
try:
    s[0]
except TypeError as e:
    print('TypeError:', e)
print(set('aab') == set('ba'), set(range(3)) == {0, 1, 2}, set({'k': 1}))
