from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError, CancelledError)
import time

def slow(x, d):
    time.sleep(d)
    return x

def fail(d):
    time.sleep(d)
    raise KeyError("k")

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(slow, i, 0.01 * (4 - i)) for i in range(4)]
    print(sorted(f.result() for f in as_completed(fs)))
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    r = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in r.done), len(r.not_done))

    fast = ex.submit(slow, "fast", 0.0)
    long = ex.submit(slow, "long", 0.5)
    done, not_done = wait([fast, long], return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))

    bad = ex.submit(fail, 0.01)
    long2 = ex.submit(slow, "long2", 0.5)
    done, not_done = wait([bad, long2], return_when=FIRST_EXCEPTION)
    print(bad in done, long2 in not_done)

    t = ex.submit(slow, "t", 0.5)
    try:
        t.result(timeout=0.01)
    except TimeoutError:
        print("result timed out")
    done, not_done = wait([t], timeout=0.01)
    print(len(done), len(not_done))
    try:
        for f in as_completed([t], timeout=0.01):
            pass
    except TimeoutError:
        print("as_completed timed out")
print(t.result())

ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(slow, 1, 0.1)
while not first.running():
    time.sleep(0.001)
queued = [ex.submit(slow, i, 0) for i in range(3)]
print(queued[0].cancel(), queued[0].cancelled())
try:
    queued[0].result()
except CancelledError:
    print("CancelledError")
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in queued])
print(issubclass(CancelledError, Exception))
