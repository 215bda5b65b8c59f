# The result types and empty cases of each comprehension kind.
print(type([x for x in '']).__name__, type({x for x in ''}).__name__, type({x: x for x in ''}).__name__, type((x for x in '')).__name__)
print([x for x in ''], {x for x in ''}, {x: x for x in ''}, list(x for x in ''))
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
print({i: [j for j in range(i)] for i in range(4)})
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([s.strip() for s in ' a , b ,c '.split(',')])
print(dict((k, v) for k, v in zip('ab', [1, 2])), set(c for c in 'hello' if c != 'l') == {'h', 'e', 'o'})
