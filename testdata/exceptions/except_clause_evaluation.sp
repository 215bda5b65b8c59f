# except clause expressions are evaluated lazily, in order, until one matches.
def exc_type(name, t):
    print('evaluating handler', name)
    return t
try:
    raise KeyError('k')
except exc_type('first', ValueError):
    print('not here')
except exc_type('second', KeyError):
    print('matched second')
except exc_type('third', Exception):
    print('not here either')
try:
    try:
        raise ValueError('v')
    except 42:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError('no handler matches')
except (KeyError, IndexError):
    print('no')
except ValueError as e:
    print('fell through to', e)
