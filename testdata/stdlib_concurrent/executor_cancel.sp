# Future.cancel on a running vs a queued call; CancelledError from result()/exception(); repr states
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

gate = threading.Event()
started = threading.Event()

def block():
    started.set()
    gate.wait()
    return "first"

ex = ThreadPoolExecutor(max_workers=1)
f1 = ex.submit(block)
started.wait()
f2 = ex.submit(lambda: "second")
print(f1.running(), f2.running())
print(f1.cancel(), f2.cancel())
print(f2.cancelled(), f2.done())
try:
    f2.result()
except CancelledError:
    print("CancelledError")
try:
    f2.exception()
except CancelledError:
    print("CancelledError from exception()")
gate.set()
print(f1.result())
ex.shutdown()
print(repr(f1).startswith("<Future at"), "state=finished returned str" in repr(f1))
print("state=cancelled" in repr(f2))
