# Lexicographic tuple comparison stops at the first difference.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((2,), (1, 5)), ((1,), (1, 0)), ((), ()), ((1, 'a'), (1, 'b'))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a > b)
print((1, 'x') < (2, 0))
try:
    (1, 'x') < (1, 0)
except TypeError as e:
    print('TypeError:', e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (3, 0)))
print((float('nan'),) == (float('nan'),))
n = float('nan')
print((n,) == (n,), [n] == [n])
