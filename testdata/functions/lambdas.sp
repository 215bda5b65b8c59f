# lambda expressions: defaults, varargs, immediate call, in sort keys, closures.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: 'now')(), (lambda *a, **k: (a, k))(1, x=2))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda s: s.startswith('a'), ['ab', 'ba', 'ac'])))
fs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fs])
print((lambda x: (lambda y: x + y))(1)(2))
print(type(add).__name__, add.__name__)
cond = lambda x: 'big' if x > 5 else 'small'
print(cond(3), cond(9))
