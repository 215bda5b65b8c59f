# iter() and next() on builtin containers; iterators are exhausted once.
for c in [[1, 2], (1, 2), 'ab', {'k': 1, 'j': 2}, range(2), b'ab']:
    it = iter(c)
    print(list(it), list(it))
it = iter([1])
print(iter(it) is it, next(it), next(it, 'end'))
d = {'a': 1}
di = iter(d.items())
print(next(di))
lines = iter(['first', 'second', '', 'ignored'])
print(list(iter(lambda: next(lines), '')))
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', e.args)
try:
    iter(None)
except TypeError as e:
    print('TypeError:', e)
