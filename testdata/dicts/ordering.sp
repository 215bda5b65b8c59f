# Insertion order: updates keep position, delete+reinsert moves to end.
d = {}
for k in ['x', 'b', 'a', 'z']:
    d[k] = len(d)
print(list(d))
d['b'] = 'updated'
print(d)
del d['x']
d['x'] = 'back'
print(d)
d.pop('a')
d['a'] = 'again'
print(list(d.keys()), list(d.values()))
d.update({'b': 0, 'new': 1})
print(d)
e = dict.fromkeys('hello')
print(e)
nums = {3: 'c', 1: 'a', 2: 'b'}
print(nums, sorted(nums), list(reversed(nums)))
print(dict(sorted(nums.items())))
big = {i: i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:5], len(big))
for i in range(0, 10, 2):
    big[i] = -i
print(list(big)[-5:])
