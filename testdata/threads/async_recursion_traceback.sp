# an uncaught RecursionError through nested async: blocks: the repeated "spawned at" lines are cut as repeated
# traceback lines are
import sys
sys.setrecursionlimit(20)

def rec(n):
    await:
        async: rec(n + 1)

rec(0)
