# Positional calls that leave trailing parameters to their defaults:
# lambdas with i=i, several defaults, mutable defaults, defaults captured
# by closures, __defaults__ replaced or removed, generators, recursion.
adders = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in adders], [f(10, 100) for f in adders])


def f(a, b=2, c=[], d=None):
    c.append(a)
    return a, b, len(c), d


print(f(1), f(2, 3), f(3, 4, []), f(4, 5, [], 6), f(5))


def outer(n, step=2):
    def inner():
        return n * step
    return inner


print(outer(3)(), outer(3, 5)())


def count(n, acc=0):
    return acc if n == 0 else count(n - 1, acc + n)


print(count(100))


def gen(n, k=3):
    for i in range(n):
        yield i * k


print(list(gen(3)), list(gen(3, 1)))
f.__defaults__ = (20, [], "d")
print(f(1), f(1, 2))
f.__defaults__ = None
for call in (lambda: f(1), lambda: f(), lambda: adders[0](), lambda: f(1, 2, 3, 4, 5)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


def g(a, b, c=3):
    return a + b + c


try:
    g(1)
except TypeError as e:
    print("TypeError", e)
print(g(1, 2), g(1, 2, 0))
