# Exceptions raised in else: not caught by the same try's handlers.
def f():
    try:
        pass
    except ValueError:
        print('not here')
    else:
        raise ValueError('from else')
try:
    f()
except ValueError as e:
    print('caught outside:', e, '| context:', e.__context__)
def g():
    try:
        raise KeyError('a')
    except KeyError:
        raise
    else:
        print('unreachable')
    finally:
        print('g finally')
try:
    g()
except KeyError as e:
    print('KeyError', e)
