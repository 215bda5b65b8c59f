# Uncaught AssertionError with a message.
def check(n):
    assert n > 0, f'expected positive, got {n}'
    return n
check(5)
check(-2)
