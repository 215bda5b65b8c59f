# async: blocks capture the enclosing scope's names by value at spawn time
import time

def f():
    x = "old"
    seen = []
    await:
        async:
            time.sleep(0.05)
            seen.append(x)
        x = "new"
    print(seen, x)
f()

# in a loop: each block sees its own iteration's value
def g():
    res = [None] * 4
    await:
        for i in range(4):
            async:
                time.sleep(0.01)
                res[i] = i * 10
    print(res)
g()

# names assigned in the block are local to it
def h():
    out = [None] * 3
    await:
        for i in range(3):
            async:
                y = i + 100
                out[i] = y
    print(out)
h()

# nonlocal shares the variable live
def k():
    total = 0
    await:
        async:
            nonlocal total
            total = 42
    print(total)
k()

# module level
v = 1
box = []
await:
    async:
        time.sleep(0.05)
        box.append(v)
    v = 2
print(box, v)
