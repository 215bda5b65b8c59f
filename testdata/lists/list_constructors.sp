# list() from many iterables; star unpacking in list displays.
print(list(range(5, 0, -2)), list('hé'), list({'a': 1, 'b': 2}), list({'a': 1}.items()))
print(list(x * 2 for x in range(3)), list(map(str, [1, 2])), list(b'ab'), list(enumerate('ab')))
a = [1, 2]
print([*a, *a, 3], [*'ab', *range(2)], [*()], [*{'k': 0}])
try:
    list(5)
except TypeError as e:
    print('TypeError:', e)
try:
    [*None]
except TypeError as e:
    print('TypeError:', e)
try:
    list(1, 2)
except TypeError as e:
    print('TypeError:', e)
