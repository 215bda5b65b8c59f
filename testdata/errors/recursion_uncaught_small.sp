# Uncaught exception raised at the bottom of a small recursion.
def down(n):
    if n == 0:
        raise RuntimeError('bottom reached')
    return down(n - 1)
down(3)
