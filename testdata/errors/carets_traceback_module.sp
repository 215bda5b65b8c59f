# The traceback module's printer (traceback.py) marks the failing
# expression like the interpreter's, with its own rules for the whole
# line and trailing blanks.
import sys
import traceback


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v["missing"]


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc(), end="", file=sys.stderr)
    print("--", file=sys.stderr)


def binop():
    x, y = 1, 0
    return x // y


def attr():
    b = Box(None)
    return b.nothing


def method_missing():
    return [1, 2].push(3)


def method_raises():
    return Box({}).get()


def whole_line():
    int("nope")


def compare():
    return 1 < "a"


def unary():
    return -"a"


def fstring():
    n = 5
    return f"{n:q}"


def unpack():
    a, b = [1, 2, 3]


def name():
    return undefined_name + 1


def dict_display():
    return {[]: 1}


def trailing():
    return [][0]   # a comment


def unicode():
    return "héllo" + 1


def trailing_blanks():
    return [][0]   


def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e


for fn in [binop, attr, method_missing, method_raises, whole_line, compare, unary,
           fstring, unpack, name, dict_display, trailing, unicode, trailing_blanks, chained]:
    show(fn)
try:
    binop()
except ZeroDivisionError as e:
    traceback.print_exception(e)
    print("".join(traceback.format_tb(e.__traceback__)), end="", file=sys.stderr)
print("done")
