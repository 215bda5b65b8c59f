# Dict creation, access, update, deletion, membership, len.
d = {'a': 1, 'b': 2}
print(d, d['a'], len(d), 'a' in d, 1 in d, 'z' not in d)
d['c'] = 3
d['a'] = 10
print(d)
del d['b']
print(d, list(d))
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'a': 1}, b=2), dict(zip('ab', range(2))))
print({}, {1: {2: {3: 4}}}, {None: None, True: False, (1,): [1]})
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
try:
    del d['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
try:
    d[[1]]
except TypeError as e:
    print('TypeError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
try:
    dict([1])
except TypeError as e:
    print('TypeError:', e)
print({'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} != {'a': 1})
