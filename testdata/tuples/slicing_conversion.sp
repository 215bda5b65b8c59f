# Tuple slicing always returns tuples; conversions and concatenation.
t = tuple(range(10))
print(t[2:5], t[::-3], t[-2:], t[5:1], type(t[1:2]).__name__, t[:0])
print(list(t[::4]), tuple('abc')[1:], t[slice(1, None, 4)])
print(t + tuple('x'), t[:2] * 2, (t[0],) + t[-1:])
print(t.count(3), t.index(9), len(t[3:]), sum(t[::2]), t[1:3] == (1, 2))
print(tuple(reversed(t))[:3], sorted(t, reverse=True)[:3])
a = (1, 2)
b = a[:]
print(a == b, a[0:2] == a)
