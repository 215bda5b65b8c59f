# An exception raised in finally chains to the pending one.
def f():
    try:
        raise ValueError('pending')
    finally:
        raise RuntimeError('from finally')
f()
