# Positional-only (/) and keyword-only (*) parameters and their errors.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
def call(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print('TypeError:', e)
call(f, 1, b=2, c=3, d=4)
call(f, 1, 2, 3, 4)
call(f, 1, 2, 3)
call(f, 1, 2, d=4)
call(f, 1, 2, 3, d=4, z=0)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, a, b):
    return a + b
call(h, 1, 2)
call(h, a=1)
call(h, b=1)
