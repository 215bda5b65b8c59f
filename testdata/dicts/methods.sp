# Every dict method.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 99), d.setdefault('c', 3), d)
print(d.pop('c'), d.pop('z', 'dflt'), d)
try:
    d.pop('z')
except KeyError as e:
    print('KeyError:', e)
print(d.popitem(), d)
d.update(x=1)
d.update([('y', 2)])
d.update({'z': 3}, w=4)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
print(dict.fromkeys(['p', 'q'], 0), dict.fromkeys(range(2)))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
m = {'a': 1} | {'b': 2, 'a': 3}
print(m)
m |= {'c': 4}
print(m)
print({1: 2}.__contains__(1), {1: 2}.__getitem__(1), len({1: 2}.items()))
