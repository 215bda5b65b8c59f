# ** in calls and displays, duplicate keyword errors.
def f(a, b=2, **kw):
    return a, b, kw
opts = {'b': 20, 'c': 30}
print(f(1, **opts), f(**{'a': 'A'}), f(1, **{}), f(**{'a': 1}, **{'z': 2}))
try:
    f(1, b=2, **{'b': 3})
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError:', e)
merged = {**opts, 'd': 4, **{'c': 'override'}}
print(merged)
