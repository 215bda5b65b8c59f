# 1 == 1.0 == True are the same key; the first key object is kept.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
e = {True: 'a', 1: 'b', 1.0: 'c'}
print(e)
f = {0: 'zero'}
print(f[False], f[0.0], f.get(-0.0))
g = {2**64: 'big'}
print(g[2.0**64], g.get(18446744073709551616))
h = {float('nan'): 1}
print(h.get(float('nan')))
n = float('nan')
h2 = {n: 'same object'}
print(h2[n])
print({1, 1.0, True}, {0, False, 0.0, -0.0})
print(len({'1', 1}), {(1, 2): 'x'}.get((1.0, 2.0)))
del d[1.0]
print(d)
