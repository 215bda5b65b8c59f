# Three exceptions chained: context, then cause.
def a():
    raise KeyError('first')
def b():
    try:
        a()
    except KeyError:
        raise ValueError('second')
def c():
    try:
        b()
    except ValueError as e:
        raise TypeError('third') from e
c()
