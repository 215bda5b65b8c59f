# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack,
# redirect_stdout, ContextDecorator.
import io
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, redirect_stderr, ContextDecorator,
                        AbstractContextManager)

log = []


@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("exit " + name)


with tag("a") as t:
    log.append("body " + t)
with tag("b"):
    raise KeyError("k")  # handled inside the generator: suppressed
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    log.append("outer caught " + repr(e))
print(log)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def reraiser():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")


try:
    with reraiser():
        1 / 0
except ValueError as e:
    print("converted:", e, type(e.__context__).__name__)


@tag("deco")
def decorated(x):
    return x * 2


log.clear()
print(decorated(21), decorated(1), log)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


class Res:
    def close(self):
        print("closed")


with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
err = io.StringIO()
import sys
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("x"))
    stack.push(lambda *exc: print("push sees", exc[0]))
    print("in stack")
print(log[-2:])

with ExitStack() as stack:
    stack.push(lambda et, ev, tb: True)  # suppresses
    raise RuntimeError("swallowed")
print("after suppressing stack")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

with ExitStack() as outer:
    outer.callback(print, "moved")
    kept = outer.pop_all()
print("outer done")
kept.close()


class Tracker(ContextDecorator, AbstractContextManager):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop", exc[0])
        return False


@Tracker()
def work():
    print("working")


work()
with Tracker() as tr:
    print(isinstance(tr, AbstractContextManager))
