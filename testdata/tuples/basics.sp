# Tuple creation, the one-element comma, immutability, comparison.
t = (1, 'a', 2.5)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], () , (1,), 1,)
u = 1, 2, 3
print(u, type(u).__name__, tuple(), tuple([1, 2]), tuple('ab'), tuple(range(2)))
print((1,) * 3, (1, 2) + (3,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () == ())
print(t.index('a'), t.count(1), (1, 1, True).count(1), 'a' in t)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 2).index(3)
except ValueError as e:
    print('ValueError:', e)
try:
    t[3]
except IndexError as e:
    print('IndexError:', e)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError:', e)
m = ([1], 2)
m[0].append(3)
print(m)
try:
    m[0] += [4]
except TypeError as e:
    print('TypeError:', e)
print(m)
