# Generator expressions: laziness, single use, as sole argument.
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in []), sorted((x for x in 'bca'), reverse=True))
log = []
def noisy(x):
    log.append(x)
    return x
lazy = (noisy(x) for x in range(5))
print(log)
print(next(lazy), next(lazy), log)
first_big = next(x for x in range(100) if x * x > 50)
print(first_big)
print(next((x for x in [] if x), 'none found'))
print(list(x for x in range(3)), tuple(c for c in 'ab'), dict((i, i) for i in range(2)))
try:
    g2 = (1 / x for x in [1, 0])
    print(next(g2))
    next(g2)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
