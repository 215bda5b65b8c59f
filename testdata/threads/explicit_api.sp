# ThreadGroup, g.spawn(fn, *args, **kwargs) -> Future, result(), exception(), done()
from functools import partial
import time

def square(x, delay=0.0):
    time.sleep(delay)
    return x * x

futs = []
with ThreadGroup() as g:
    for i in range(5):
        futs.append(g.spawn(square, i, delay=0.01))
print([f.result() for f in futs])
print(all(f.done() for f in futs))

results = [None] * 3
def store(lst, i, k):
    lst[i] = k.upper()
with ThreadGroup(max_concurrency=2) as g:
    for i, k in enumerate(["a", "b", "c"]):
        g.spawn(partial(store, results, i, k))
print(results)

def bad():
    raise ValueError("nope")
try:
    with ThreadGroup() as g:
        f = g.spawn(bad)
except ValueError as e:
    print("group raised", e)
print(type(f.exception()).__name__)
try:
    f.result()
except ValueError as e:
    print("result raised", e)

# spawn() spawns into the current group
with ThreadGroup() as g:
    f = spawn(square, 7, delay=0.05)
print(f.done(), f.result())

# async: inside with ThreadGroup() joins that group (the with waits for it)
flag = [False]
with ThreadGroup(name="named") as g:
    async:
        time.sleep(0.05)
        flag[0] = True
print(flag)
