# type(), isinstance(), issubclass() with builtin types.
values = [1, 1.0, True, 'a', b'a', None, [], (), {}, set(), frozenset(), range(1), len, print, (lambda: 0), (x for x in [])]
print([type(v).__name__ for v in values])
print(type(1) is int, type(True) is bool, type(True) is int, type(type(1)).__name__)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance('a', (list, tuple)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance([], object), isinstance(1, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(bool, (str, int)))
print(issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type))
print(type('x') == str, type(1) == type(2), type([]) != type(()))
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
print(int, str, type, type(None), object)
