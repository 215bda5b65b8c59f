import sys

try:
    raise KeyError("direct")
except KeyError:
    sys.__excepthook__(*sys.exc_info())
    sys.excepthook(sys.exc_info()[0], sys.exc_info()[1], None)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
try:
    sys.excepthook(ValueError, ValueError("x"), 5)
except TypeError as e:
    print(e)
sys.excepthook = sys.__excepthook__


def f():
    return int("nope")


f()
