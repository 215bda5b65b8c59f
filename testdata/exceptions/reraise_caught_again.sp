# an exception caught in a frame and raised again later through it (by a callee, a stored exception, a
# suppressing context manager) gets a new traceback entry for each pass, as in CPython; a bare raise does not
import traceback, contextlib

def f():
    raise ValueError(1)

def g(e):
    raise e

def lines(e):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]

try:
    f()
except ValueError as e:
    err = e
try:
    g(err)
except ValueError as e:
    print(lines(e))

def h():
    try:
        f()
    except ValueError as e:
        try:
            g(e)
        except ValueError as e2:
            print(e2 is e, lines(e2))
            raise
try:
    h()
except ValueError as e:
    print(lines(e))

def stored():
    saved = None
    for i in range(2):
        try:
            if saved is None:
                f()
            else:
                g(saved)
        except ValueError as e:
            saved = e
    return saved
print(lines(stored()))

def suppressed():
    with contextlib.suppress(ValueError):
        f()
    return err
e = ValueError(2)
def raiser():
    raise e
def twice():
    with contextlib.suppress(ValueError):
        raiser()
    raiser()
try:
    twice()
except ValueError as x:
    print(lines(x))
