# result(timeout), wait FIRST_COMPLETED/FIRST_EXCEPTION/timeout, as_completed and map timeouts (a blocked call does not hold up the others)
from concurrent.futures import ThreadPoolExecutor, TimeoutError, wait, FIRST_COMPLETED, FIRST_EXCEPTION, as_completed
import threading

ev = threading.Event()

def slow():
    ev.wait(5)
    return "slow"

def quick():
    return "quick"

def boom():
    raise RuntimeError("boom")

ex = ThreadPoolExecutor(max_workers=3)
s = ex.submit(slow)
q = ex.submit(quick)
try:
    s.result(timeout=0.05)
except TimeoutError:
    print("timed out")
done, not_done = wait([s, q], return_when=FIRST_COMPLETED)
print([f.result() for f in done], len(not_done))
b = ex.submit(boom)
done, not_done = wait([s, b], return_when=FIRST_EXCEPTION)
print(len(done), len(not_done), b in done)
done, not_done = wait([s], timeout=0.02)
print(len(done), len(not_done))
try:
    for f in as_completed([s], timeout=0.02):
        print("never")
except TimeoutError as e:
    print("as_completed:", e)
try:
    for r in ex.map(lambda x: ev.wait(5) and x, [1, 2], timeout=0.05):
        print("never", r)
except TimeoutError:
    print("map timeout")
ev.set()
print(s.result())
ex.shutdown(wait=True)
print("shutdown")
