# functools.partial and functools.reduce.
from functools import partial, reduce
import functools
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(base=7), square(10, mod=7))
two_to = partial(power, 2)
print(two_to(10), two_to(exp=5))
print(square.func is power, square.args, square.keywords, two_to.args)
p = partial(print, 'prefix:', sep='|')
p('a', 'b')
nested = partial(partial(power, 3), 4)
print(nested())
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(lambda a, b: a + b, ['x'], 'init-'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)
print(functools.reduce(lambda a, b: b, 'abc'))
adders = [partial(lambda x, y: x + y, i) for i in range(3)]
print([f(10) for f in adders])
