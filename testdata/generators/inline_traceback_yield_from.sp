# An exception raised inside nested yield from, consumed by a for loop:
# the traceback lists every generator frame.


def leaf(n):
    yield n
    raise ValueError("leaf failed at %d" % n)


def middle(n):
    yield from leaf(n)


def top(n):
    result = yield from middle(n)
    return result


for v in top(7):
    print("got", v)
