# enumerate and zip.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-1)), list(enumerate([])))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, None))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
print(dict(zip(['k1', 'k2'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])))
z = zip(range(3), range(3))
print(next(z), list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    zip(1)
except TypeError as e:
    print('TypeError:', e)
print(list(zip(range(2), strict=True)))
