# Nested comprehensions and comprehensions over comprehensions.
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({i: {j: i * j for j in range(i)} for i in range(3)})
print([[(i, j) for j in range(2)] for i in range(2)])
print(sum(sum(r) for r in matrix), [sum(c) for c in zip(*matrix)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
