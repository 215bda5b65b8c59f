# Spindle-specific (expectations written by hand): sys.setrecursionlimit
# accepts a huge limit, but the depth a thread can really reach is also
# bounded by runtime.MaxDepth (200,000), which keeps the Go stack safe.
# Past it, calls and native recursion into nested data raise
# RecursionError. (CPython 3.11 also raises RecursionError for the
# Python-level recursion; for repr/== of 300,000-deep data it overflows
# the C stack and crashes.)
import sys

sys.setrecursionlimit(10 ** 6)
print(sys.getrecursionlimit())


def f(n):
    return f(n + 1)


def depth(n):
    return n if n == 150000 else depth(n + 1)


def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


print(depth(0))
for label, run in [("call", lambda: f(0)), ("repr", lambda: repr(nest(300000))),
                   ("==", lambda: nest(300000) == nest(300000))]:
    try:
        run()
    except RecursionError as e:
        print(label, "RecursionError:", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
