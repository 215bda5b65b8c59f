# except*: groups raised in clauses nest, yield and throw() in except* clauses, continue/return outside the clauses
def show(e, ind=""):
    print(ind + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions: show(x, ind + "  ")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("new", [KeyError(3)])
    except* TypeError as t:
        raise t.exceptions[0]
except BaseException as e:
    show(e)
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print("closed")
def gen2():
    try:
        yield 0
    except* ValueError as v:
        yield repr(v)
g = gen2()
next(g)
print(g.throw(ValueError("thrown")))
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            raise ValueError(i)
        except* ValueError:
            print("h", i)
        finally:
            if i == 2:
                return "ret"
print(f())
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    else:
        print("no")
    finally:
        print("finally sees pending")
except* TypeError as t:
    print("outer", repr(t))
