# concurrent.futures.wait checks return_when only when it has to wait (as CPython);
# the package's __all__ lists its public names
import concurrent.futures as cf
import threading

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    done_fut = ex.submit(pow, 2, 5)
    print(done_fut.result())
    # everything finished: no wait, so no check
    done, not_done = cf.wait([done_fut], return_when="whenever")
    print(len(done), len(not_done))
    blocked = ex.submit(gate.wait)
    for bogus in ["whenever", 3, None]:
        try:
            cf.wait([done_fut, blocked], return_when=bogus)
        except ValueError as e:
            print("ValueError:", e)
    gate.set()
    print(blocked.result())

print(type(cf.__all__).__name__, sorted(cf.__all__))
ns = {}
exec("from concurrent.futures import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
