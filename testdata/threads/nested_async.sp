# a child's async: joins the child's current group; blocks nest
import time

def tree(depth, out, i):
    out[i] = depth
    if depth < 3:
        await:
            async: tree(depth + 1, out, 2 * i + 1)
            async: tree(depth + 1, out, 2 * i + 2)

out = [None] * 15
tree(0, out, 0)
print(out)

# async: inside async: spawns into the same group (a sibling), captured by value
res = [None] * 4
await:
    for i in range(2):
        async:
            j = i * 2
            async:
                time.sleep(0.01)
                res[j] = "inner %d" % j
            res[j + 1] = "outer %d" % i
print(res)
