# callable(), hash() consistency (no raw values printed), id() identity relations.
print(callable(len), callable(lambda: 0), callable('x'), callable(str), callable(None), callable(print))
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')), hash(True) == hash(1))
print(hash(0) == 0, hash(42) == 42, hash(-7) == -7, hash(1.5) == hash(1.5), hash(frozenset([1])) == hash(frozenset([1])))
for bad in [[], {}, set(), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), isinstance(id(a), int))
print(hash(None) == hash(None), type(hash('s')).__name__)
