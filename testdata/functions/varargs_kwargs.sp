# *args and **kwargs collection and forwarding.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
print(g(*[1, 2, 3], **{'c': 'C', 'z': 'Z'}))
def wrapper(*a, **k):
    return f(*a, **k)
print(wrapper(1, *(2, 3), x=1, **{'y': 2}))
print(f(*'ab', *range(2)), f(**{'a': 1}, b=2))
def total(*nums):
    return sum(nums)
print(total(), total(1), total(*range(101)))
def kwonly(*, key):
    return key
print(kwonly(key='k'))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
