# Future: callbacks run once done (in order), states, manual futures, InvalidStateError
import threading
from concurrent.futures import Future, ThreadPoolExecutor, InvalidStateError, CancelledError, TimeoutError

log = []
f = Future()
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
f.add_done_callback(lambda fut: log.append(("cb2", fut.done())))
print(f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(log, f.result(), f.exception())
f.add_done_callback(lambda fut: log.append("late"))
print(log[-1])
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
g = Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except CancelledError:
    print("CancelledError from result")
try:
    g.exception()
except CancelledError:
    print("CancelledError from exception")
h = Future()
try:
    h.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")
h.set_exception(ValueError("boom"))
print(repr(h.exception()))
try:
    h.result()
except ValueError as e:
    print("ValueError:", e)
with ThreadPoolExecutor(1) as ex:
    ev = threading.Event()
    began = threading.Event()
    running = ex.submit(lambda: (began.set(), ev.wait(5))[1])
    began.wait()
    queued = ex.submit(print, "never")
    print("cancel queued:", queued.cancel(), "cancel running:", running.cancel())
    ev.set()
print(running.result(), queued.cancelled())
order = []
with ThreadPoolExecutor(2) as ex:
    futs = [ex.submit(pow, 3, i) for i in range(4)]
    for fu in futs:
        fu.add_done_callback(lambda fut: order.append(fut.result()))
print(sorted(order))
