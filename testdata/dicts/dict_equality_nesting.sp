# Dict equality, nesting, recursion in repr, dict of lists.
a = {'x': [1, 2], 'y': {'z': None}}
b = {'y': {'z': None}, 'x': [1, 2]}
print(a == b, a != b, list(a) == list(b))
a['x'].append(3)
print(a == b)
r = {}
r['me'] = r
print(r)
print({1: 'a'} == {1.0: 'a'}, {'a': float('nan')} == {'a': float('nan')})
try:
    {} < {}
except TypeError as e:
    print('TypeError:', e)
print(bool({}), bool({0: 0}), len({(): ()}))
