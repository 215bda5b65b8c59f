# Tuple packing in returns, swaps, and repr details.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 9, 1])
print(lo, hi, minmax([5]))
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 'xyz'
print(a, b, c)
print((1), (1,), ((1,),), (('a', 'b'),), (None,), ([],))
print(repr((1, 'x', (2.5,))), str(('a',)))
nested = ((1, 2), (3, (4, (5,))))
print(nested[1][1][1][0], len(nested))
for (x, y) in [(1, 2), (3, 4)]:
    print(x + y)
print(tuple(i * i for i in range(4)))
