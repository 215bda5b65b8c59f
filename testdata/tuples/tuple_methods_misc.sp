# Tuple misc: unpacking in for, zip, enumerate, star expressions, conversion.
pts = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pts)
print(xs, ys)
print(tuple(enumerate('ab', start=5)))
first, *rest = (1, 2, 3)
print(first, rest, type(rest).__name__)
t = (*range(3), *'ab')
print(t)
print(tuple(reversed((1, 2, 3))), (1, 2, 3)[::2], sum((1, 2, 3)))
print((1, 2) * 0, (0,) * -1, len((None,) * 5))
print(tuple([[1], [2]])[1], tuple({1: 2}))
