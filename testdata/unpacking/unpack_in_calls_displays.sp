# * and ** unpacking in calls, list/tuple/set/dict displays.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), *'ab', **{'x': 1}, y=2, **{'z': 3}))
print([*[1], *[], *range(2)], (*'ab',), {**{'a': 1}, **{'a': 2, 'b': 3}})
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], 2, *[3]), g(**{'c': 3, 'a': 1, 'b': 2}), g(1, **{'c': 3, 'b': 2}))
args = (x for x in [7, 8, 9])
print(g(*args))
print(max(*[3, 9, 2]), print(*[], sep='-'))
