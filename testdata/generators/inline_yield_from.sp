# yield from a fresh generator: return values, exceptions through nested
# levels, send/throw/close delegated through the chain.


def leaf(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total + 100


def middle(n):
    r = yield from leaf(n)
    print("middle got", r)
    return r * 2


def top(n):
    r = yield from middle(n)
    print("top got", r)
    return r


print(list(top(3)))
print(sum(top(4)))

g = top(3)
print(next(g))
print(g.send(10))
print(g.send(20))
try:
    g.send(30)
except StopIteration as e:
    print("StopIteration", e.value)


def failing(depth):
    if depth == 0:
        yield "bottom"
        raise KeyError("deep")
    yield from failing(depth - 1)


try:
    for v in failing(3):
        print("got", v)
except KeyError as e:
    print("caught KeyError", e)


def guarded(name, inner):
    try:
        yield from inner
    finally:
        print("finally", name)


def leaf2():
    try:
        yield 1
        yield 2
    finally:
        print("finally leaf2")


print("-- break out of a chain")
for v in guarded("outer", guarded("inner", leaf2())):
    print("v", v)
    break
print("after chain")

print("-- close a chain driven by next()")
g = guarded("outer", guarded("inner", leaf2()))
print(next(g))
g.close()
print("closed")

print("-- throw into a chain")


def catcher():
    try:
        yield 1
    except ValueError as e:
        print("leaf caught", e)
        yield "recovered"
    yield "done"


def relay():
    r = yield from catcher()
    return r


g = relay()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))

print("-- sub-generator swallowing GeneratorExit in a chain")


def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed")
    return "ignored"


def outer_sw():
    try:
        r = yield from swallow()
        print("not reached", r)
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise


g = outer_sw()
next(g)
g.close()

print("-- sub-generator yielding after GeneratorExit")


def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def outer_bad():
    try:
        yield from bad()
    except RuntimeError as e:
        print("outer caught", e)
        raise


g = outer_bad()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close raised", e)

print("-- StopIteration inside a sub-generator")


def stopper():
    yield 1
    raise StopIteration("x")


def wrap():
    yield from stopper()


try:
    print(list(wrap()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
