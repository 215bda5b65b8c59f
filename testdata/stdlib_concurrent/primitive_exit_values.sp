# __enter__/__exit__ of the threading primitives return what CPython's do (__exit__ None, so
# code that checks or forwards the result sees the same values)
import threading
for name in ["Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition"]:
    o = getattr(threading, name)()
    print(name, o.__enter__(), o.__exit__(None, None, None))
lock = threading.Lock()
try:
    with lock:
        raise KeyError("not swallowed")
except KeyError as e:
    print("KeyError", e, lock.locked())
