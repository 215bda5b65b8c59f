# __cause__, __context__ and __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('while handling')
except RuntimeError as r:
    print(repr(r), r.__cause__, repr(r.__context__), r.__suppress_context__)
try:
    try:
        raise OSError('x')
    except OSError:
        raise TypeError('no context') from None
except TypeError as t:
    print(repr(t), t.__cause__, repr(t.__context__), t.__suppress_context__)
e = ValueError('plain')
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise IndexError('i') from KeyError('cause object')
except IndexError as ie:
    print(repr(ie.__cause__), ie.__context__)
try:
    raise IndexError from ValueError
except IndexError as ie:
    print(repr(ie), repr(ie.__cause__))
try:
    raise ValueError('x') from 5
except TypeError as te:
    print('TypeError:', te)
