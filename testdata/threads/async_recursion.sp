# recursion through async: blocks and spawn() continues the spawner's call chain: it meets the recursion limit
# (RecursionError, re-raised by every group on the way out) instead of spawning nested threads until memory runs out
import sys
sys.setrecursionlimit(80)

def rec(n):
    await:
        async:
            rec(n + 1)

try:
    rec(0)
except RecursionError as e:
    print("async: RecursionError:", e, e.__suppressed__)

def rec_spawn(n):
    return spawn(rec_spawn, n + 1).result()

try:
    await:
        rec_spawn(0)
except RecursionError as e:
    print("spawn: RecursionError:", e)

# recursion that stays under the limit runs in parallel as usual
def fib(n):
    if n < 2:
        return n
    r = [0, 0]
    await:
        async: r[0] = fib(n - 1)
        async: r[1] = fib(n - 2)
    return r[0] + r[1]
print(fib(15))

# the depth of a thread spawned at depth d starts at d: a thread started from deep recursion has less room
def deep(n):
    if n:
        return deep(n - 1)
    with ThreadGroup() as g:
        f = g.spawn(rec_spawn, 0)
        with shield():
            return f.exception()
try:
    deep(30)
except RecursionError as e:
    print("from deep:", e)
