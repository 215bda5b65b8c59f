# map and filter are lazy iterators.
m = map(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(str.upper, 'ab')), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(int, ['1', '2'])))
f = filter(lambda x: x % 2, range(10))
print(type(f).__name__, list(f))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')))
calls = []
def track(x):
    calls.append(x)
    return x
lazy = map(track, [1, 2, 3])
print(calls)
next(lazy)
print(calls)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print('TypeError:', e)
