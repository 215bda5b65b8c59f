# Exception objects: args, str, repr for 0/1/many args.
for exc in [ValueError(), ValueError('one'), ValueError('a', 2), ValueError(None), ValueError(''), Exception(1, [2]), KeyError('k'), IndexError(3)]:
    print(repr(exc), '|', str(exc), '|', exc.args)
e = RuntimeError('msg')
e.args = ('changed', 1)
print(e, e.args)
print(isinstance(ValueError(), Exception), isinstance(KeyError(), LookupError), issubclass(KeyboardInterrupt, Exception))
print(ZeroDivisionError.__mro__[1].__name__, type(StopIteration()).__name__)
try:
    raise ValueError
except ValueError as e:
    print('raised a class:', repr(e))
try:
    raise 'not an exception'
except TypeError as e:
    print('TypeError:', e)
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
print(str(OSError(2, 'No such file')), OSError(2, 'No such file').errno, OSError(2, 'x').strerror)
print(repr(SystemExit(3)), SystemExit(3).code, StopIteration(7).value)
