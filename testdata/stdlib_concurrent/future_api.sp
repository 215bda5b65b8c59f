# concurrent.futures.Future used directly and through callbacks: set_result/set_exception/cancel/states
from concurrent.futures import ThreadPoolExecutor, Future
import threading

calls = []
lock = threading.Lock()

def cb(fut):
    with lock:
        calls.append(fut.result())

with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(lambda x=x: x + 100) for x in range(4)]
    for f in fs:
        f.add_done_callback(cb)
print(sorted(calls))
f = Future()
print(f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fu: print("callback", fu.result()))
f.set_result(42)
print(f.done(), f.result())
f.add_done_callback(lambda fu: print("late callback", fu.result()))
g = Future()
g.set_exception(KeyError("x"))
print(repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("KeyError", e)
h = Future()
print(h.cancel(), h.cancelled(), h.done())
try:
    h.result()
except Exception as e:
    print(type(e).__name__)
k = Future()
print(k.set_running_or_notify_cancel(), k.running())
print(k.cancel())
try:
    k.result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", type(e).__module__)
