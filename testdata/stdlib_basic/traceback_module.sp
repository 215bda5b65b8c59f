import os
import sys
import traceback

HERE = os.path.dirname(__file__)


def clean(s):
    # Spindle prints the script path as given and omits 3.11's ^^^ lines.
    if HERE:
        s = s.replace(HERE + os.sep, "")
    keep = []
    for line in s.splitlines(True):
        body = line.rstrip("\n")
        if body and set(body) <= set(" ^~") and ("^" in body or "~" in body):
            continue
        keep.append(line)
    return "".join(keep)


def out(s):
    print(clean(s), end="")


def outl(parts):
    print([clean(p) for p in parts])



def inner(n):
    if n == 0:
        raise ValueError("bad value %d" % n)
    return inner(n - 1)


def outer():
    try:
        inner(2)
    except ValueError as e:
        raise RuntimeError("wrapped") from e


print(sys.exc_info())
print(sys.exception())

try:
    outer()
except RuntimeError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, tb.tb_lineno)
    print(sys.exception() is v)
    traceback.print_exc()
    s = traceback.format_exc()
    out(s)
    out(traceback.format_exc(limit=1))
    out(traceback.format_exc(chain=False))
    traceback.print_exc(limit=-1, file=sys.stderr)
    parts = traceback.format_exception(v)
    print(len(parts))
    for p in parts:
        print(repr(clean(p)))
    outl(traceback.format_exception(t, v, tb, limit=-1))
    outl(traceback.format_exception(t, v, None))
    print(traceback.format_exception_only(v))
    print(traceback.format_exception_only(t, v))
    traceback.print_exception(v)
    traceback.print_exception(t, v, tb, chain=False)
    traceback.print_tb(tb)
    outl(traceback.format_tb(tb))
    outl(traceback.format_tb(v.__cause__.__traceback__, limit=2))
    for fs in traceback.extract_tb(v.__cause__.__traceback__):
        print(clean(repr(fs)), os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
        fn, ln, name, line = fs
        print(os.path.basename(fn), ln, name, line, fs[2], len(fs))
    ex = traceback.extract_tb(tb)
    print(ex[0] == (ex[0].filename, ex[0].lineno, ex[0].name, ex[0].line))
    outl(traceback.format_list(ex))

print(sys.exc_info())
print(traceback.format_exc())
traceback.print_exc(file=sys.stdout)
traceback.print_exc()
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))


def nested():
    try:
        1 / 0
    except ZeroDivisionError:
        def deeper():
            return sys.exception()
        return deeper()


print(repr(nested()))

try:
    try:
        {}["k"]
    except KeyError:
        int("x")
except ValueError as e:
    out(traceback.format_exc())
    print(repr(sys.exception().__context__))

class MyErr(Exception):
    pass

try:
    raise MyErr("custom")
except MyErr:
    out(traceback.format_exc())

def show_stack():
    for fs in traceback.extract_stack():
        print(fs.name, fs.lineno, fs.line)
    out("".join(traceback.format_stack(limit=1)))
    out("".join(traceback.format_stack(limit=-1)))
    traceback.print_stack()

def caller():
    show_stack()

caller()

fs = traceback.FrameSummary("nofile.py", 3, "f", line="  x = 1  ")
print(repr(fs), list(fs))
print(traceback.format_list([fs, ("a.py", 1, "g", None)]))
traceback.print_list([fs], file=sys.stdout)

try:
    raise KeyError("missing")
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), len(te.stack), te.stack[0].name)
    out("".join(te.format()))
    print(list(te.format_exception_only()))
    te2 = traceback.TracebackException(type(e), e, e.__traceback__)
    outl(list(te2.format()))
    outl(list(traceback.TracebackException(type(e), e, None).format()))

e = ValueError("note me")
e.add_note("a note")
print(traceback.format_exception(e))

try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as err:
    print("ValueError:", err)
try:
    traceback.print_exception(42)
except TypeError as err:
    print("TypeError:", err)
