# Exceptions raised in except/finally blocks; context chaining at runtime.
def f():
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        raise ValueError('in try')
    finally:
        raise KeyError('in finally')
try:
    g()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def h():
    try:
        return 1
    finally:
        pass
print(h())
try:
    try:
        raise ValueError('a')
    except ValueError as e1:
        try:
            raise KeyError('b')
        except KeyError as e2:
            raise IndexError('c')
except IndexError as e3:
    print(repr(e3), repr(e3.__context__), repr(e3.__context__.__context__))
