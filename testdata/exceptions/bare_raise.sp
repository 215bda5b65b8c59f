# Bare raise re-raises the current exception; outside a handler it is a RuntimeError.
def reraiser():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    reraiser()
except ValueError as e:
    print('caught again:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def nested_handlers():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            pass
        raise
try:
    nested_handlers()
except KeyError as e:
    print('re-raised the outer one:', e)
try:
    try:
        raise TypeError('t')
    except TypeError as e:
        err = e
    raise err
except TypeError as e:
    print('raise a saved exception:', e)
