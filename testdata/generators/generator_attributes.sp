# Generators as iterators: iter(), in, zip with generators, reuse.
def letters():
    yield from 'abc'
print('b' in letters(), 'z' in letters())
g = letters()
print('a' in g, list(g))
print(list(zip(letters(), range(10))), dict(zip(letters(), letters())))
print(list(enumerate(letters())), sorted(letters(), reverse=True))
a, b, c = letters()
print(a, b, c)
first, *rest = letters()
print(first, rest)
print(''.join(letters()), tuple(letters()), set(letters()) == {'a', 'b', 'c'})
