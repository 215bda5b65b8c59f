# A comprehension or generator expression whose first iterable is a range
# (iterated in place) or a range iterator (its current position counts).
r = range(3, 20, 4)
print([x for x in r], [x for x in r], {x % 3 for x in r}, {x: x * x for x in r})
print([x for x in range(10, -10, -7)], [x for x in range(5, 5)], [x for x in range(0, 10, 100)])
print([x for x in range(2**62, 2**62 + 2)], [x for x in range(-2**62, -2**62 - 6, -3)])
print([(x, y) for x in range(3) for y in range(x, 3)])
print([x for x in range(20) if x % 3 if x % 2])
g = (x * x for x in range(6))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(1001)), max(x % 7 for x in range(50)))
it = iter(range(6))
next(it)
print([x for x in it], [x for x in it])
it = iter(range(6))
print([x for x in it if x < 2], list(it))
print([[x for x in range(y)] for y in range(4)])
rs = [range(2), range(3, 0, -1)]
print([x for r in rs for x in r])
try:
    [1 // (x - 3) for x in range(5)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print([x for x in range(1.5)])
except TypeError as e:
    print("TypeError:", e)
