# Uncaught exceptions with no message, several args, and a non-string arg.
def g(kind):
    if kind == 1:
        raise ValueError
    raise ValueError('a', 2)
try:
    g(1)
except ValueError as e:
    print('first:', repr(e))
g(2)
