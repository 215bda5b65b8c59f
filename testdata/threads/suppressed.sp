# later failures are attached to the first as __suppressed__
import time

def fail(delay, exc):
    time.sleep(delay)
    raise exc

try:
    await:
        async: fail(0.01, ValueError("first"))
        async:
            second = KeyError("second")
            try:
                time.sleep(100)
            finally:
                # no call here: a call is a checkpoint and would raise Cancelled
                raise second
except ValueError as e:
    print("caught", e)
    print([type(s).__name__ for s in e.__suppressed__])
