# Constructors: list/tuple/dict/set/frozenset/bytes/bool/str/int/float with no args and with args.
print(list(), tuple(), dict(), set(), frozenset(), bytes(), bool(), str(), int(), float())
print(list('ab'), tuple([1]), dict(a=1), set('aa'), frozenset('b'), bytes(2), bool([0]), str(5), int('5'), float('5'))
print(bytes('abc', 'ascii'), bytes([1, 2]), bytes(b'x'), bytes(range(3)))
print(dict([('a', 1)], b=2), dict({'a': 1}), dict(dict(x=1)), dict.fromkeys('ab', 0))
print(list(list([1])), tuple(tuple('a')), set(set([1])), frozenset(frozenset([1])) == frozenset([1]))
try:
    bytes('abc')
except TypeError as e:
    print('TypeError:', e)
try:
    tuple(1)
except TypeError as e:
    print('TypeError:', e)
try:
    dict(1)
except TypeError as e:
    print('TypeError:', e)
try:
    bool(1, 2)
except TypeError as e:
    print('TypeError:', e)
