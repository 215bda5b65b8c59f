# function __closure__ cells (cell_contents, empty cell) and __code__.co_freevars in CPython's sorted order.
def make(a, b):
    z = a + b
    def inner(x):
        return x + z + a
    return inner
f = make(1, 2)
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__], f(10), make.__closure__, type(f.__closure__[0]).__name__)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c()
print(c.__closure__[0].cell_contents, c.__code__.co_freevars)
def late():
    def g():
        return v
    try:
        g.__closure__[0].cell_contents
    except ValueError as e:
        print("ValueError", e)
    v = 5
    return g.__closure__[0].cell_contents
print(late(), (lambda: 0).__closure__)
