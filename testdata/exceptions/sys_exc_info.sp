import sys


def current():
    return sys.exc_info()


print(sys.exc_info(), sys.exception())

try:
    raise ValueError("outer")
except ValueError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, v is e, tb is not None, tb.tb_lineno)
    print(current()[1] is e, sys.exception() is e)
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner:", repr(sys.exception()))
        print("inner ctx:", repr(sys.exception().__context__))
    print("back to outer:", repr(sys.exception()))
    try:
        pass
    finally:
        print("finally in handler:", repr(sys.exception()))

print("after:", sys.exc_info(), sys.exception())


def gen():
    try:
        raise IndexError("gen")
    except IndexError:
        yield repr(sys.exception())
    yield repr(sys.exception())


g = gen()
print(next(g))
print(next(g))

try:
    try:
        1 / 0
    finally:
        print("finally while unwinding:", repr(sys.exception()))
except ZeroDivisionError:
    pass


def reraise():
    try:
        raise TypeError("t")
    except TypeError:
        raise


try:
    reraise()
except TypeError as e:
    print("reraised:", repr(sys.exception()), e.__traceback__.tb_next.tb_lineno)

for i in range(2):
    try:
        raise RuntimeError(i)
    except RuntimeError:
        print("loop", repr(sys.exc_info()[1]))
print(sys.exception())

try:
    sys.exc_info(1)
except TypeError as e:
    print(e)
try:
    sys.exception(None)
except TypeError as e:
    print(e)
