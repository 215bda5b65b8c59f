# An exception raised in the body of a for loop over a generator: the
# traceback has no generator frame; the generator's finally runs first.


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


def consume():
    for x in gen():
        if x == 2:
            raise KeyError(x)


consume()
