# TypeError messages for bad calls.
def f(a, b, c=3):
    return a + b + c
def call(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print('TypeError:', e)
call(f, 1)
call(f)
call(f, 1, 2, 3, 4)
call(f, 1, 2, d=4)
call(f, 1, 2, a=1)
call(f, 1, 2, c=3, b=2)
def none():
    return 1
call(none, 1)
call(none, x=1)
def one(x):
    return x
call(one)
call(one, 1, 2)
def two_missing(a, b, c):
    pass
call(two_missing, 1)
call(two_missing)
def kw(a, *, b, c):
    pass
call(kw, 1)
call(lambda x: x)
call(len)
call(len, [1], [2])
call(5)
call('str')
call(None)
