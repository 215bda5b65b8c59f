# keys/values/items views are live and support set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
del d['a']
print(list(k), list(v), list(it), len(k))
print('b' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(sorted(k & {'b', 'x'}), sorted(k | {'x'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k == {'b', 'c', 'd'}, list(reversed(k)))
try:
    for key in d:
        d[key + '!'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print('RuntimeError:', e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, value in {'x': 10, 'y': 20}.items():
    print(key, value)
d2 = {'k': 0}
for key in d2:
    d2[key] = 'modified value is fine'
print(d2)
