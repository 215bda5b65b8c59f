# range: arguments, negative steps, len, indexing, slicing, membership, equality.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0)), list(range(5, 2)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], 9 in r, 10 in r, r.index(13), r.count(5))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 4, 2) == range(1, 5, 2))
print(len(range(-5)), len(range(0, 100, 7)), list(range(-3, 3)), list(range(-1, -10, -4)))
print(range(10**20)[-1], len(range(10**18)), 10**19 in range(10**20))
print(sum(range(101)), max(range(7)), list(reversed(range(3))), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    range(3)[5]
except IndexError as e:
    print('IndexError:', e)
print(r.start, r.stop, r.step, range(3).step)
