# sys.setrecursionlimit raises the limit so deeper recursion works.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
try:
    depth(5000)
except RecursionError:
    print('5000 too deep at the default limit')
sys.setrecursionlimit(10000)
print(depth(5000))
print(sys.getrecursionlimit())
