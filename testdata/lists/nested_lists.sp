# Matrices as nested lists: transpose, flatten, deep access.
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)])
print([x for row in m for x in row])
print(m[1][2], m[-1][-1], len(m), len(m[0]))
m[0][1] = 20
print(m)
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
for row in ident:
    print(' '.join(str(v) for v in row))
prod = [[sum(a * b for a, b in zip(r, c)) for c in zip(*ident)] for r in m]
print(prod)
deep = [[[0]]]
deep[0][0][0] = 'deep'
print(deep)
