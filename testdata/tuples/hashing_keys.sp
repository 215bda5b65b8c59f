# Tuples as dict keys and set members; unhashable contents.
d = {(1, 2): 'a', (1, (2, 3)): 'b'}
print(d[(1, 2)], d[1, (2, 3)], (1, 2) in d)
s = {(0, 0), (0, 1), (0, 0)}
print(len(s), sorted(s))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)))
try:
    {([1], 2): 0}
except TypeError as e:
    print('TypeError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
grid = {}
for x in range(3):
    for y in range(2):
        grid[x, y] = x * y
print(grid)
print(grid[2, 1], max(grid, key=grid.get))
