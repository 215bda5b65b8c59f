# wait(FIRST_EXCEPTION) / FIRST_COMPLETED / as_completed with exceptions
import threading
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_EXCEPTION, FIRST_COMPLETED, ALL_COMPLETED

gate = threading.Event()
def ok(i):
    gate.wait(5)
    return i
def fail():
    raise KeyError("bad key")

with ThreadPoolExecutor(max_workers=4) as ex:
    slow = [ex.submit(ok, i) for i in range(2)]
    bad = ex.submit(fail)
    done, not_done = wait(slow + [bad], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), bad in done, repr(bad.exception()))
    gate.set()
    done, not_done = wait(slow, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), not_done)

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = {ex.submit(pow, 2, i): i for i in range(6)}
    fs[ex.submit(divmod, 1, 0)] = "div"
    out = []
    for f in as_completed(fs):
        if f.exception() is not None:
            out.append((fs[f], type(f.exception()).__name__))
        else:
            out.append((fs[f], f.result()))
    print(sorted(out, key=str))

e = threading.Event()
with ThreadPoolExecutor(2) as ex:
    blocker = ex.submit(e.wait, 5)
    quick = ex.submit(lambda: "quick")
    done, not_done = wait([blocker, quick], return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    done, not_done = wait([blocker], timeout=0.01)
    print(len(done), len(not_done))
    e.set()
print(blocker.result())
ex2 = ThreadPoolExecutor(1)
hold = threading.Event()
try:
    for f in as_completed([ex2.submit(hold.wait, 5)], timeout=0.01):
        pass
except TimeoutError as err:
    print("TimeoutError:", err)
hold.set()
ex2.shutdown()
