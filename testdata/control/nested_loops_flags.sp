# Breaking out of nested loops with flags, functions and for/else.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    else:
        continue
    break
print(found)
def find(g, t):
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if v == t:
                return r, c
    return None
print(find(grid, 9), find(grid, 10))
count = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
print(count)
