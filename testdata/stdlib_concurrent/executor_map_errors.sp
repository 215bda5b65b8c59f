# map is lazy (errors come while iterating), submit after shutdown, exception types
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import concurrent.futures
import time

def square(x):
    return x * x

def fail(x):
    raise ValueError("bad %d" % x)

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("ValueError", e)
    print(type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
    done = sorted(f.result() for f in as_completed([ex.submit(square, i) for i in range(5)]))
    print(done)
    fs = [ex.submit(square, 2), ex.submit(fail, 1)]
    d, nd = wait(fs, return_when=ALL_COMPLETED)
    print(len(d), len(nd))
    it = ex.map(fail, [1, 2])
    try:
        list(it)
    except ValueError as e:
        print("map error", e)
print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(concurrent.futures.TimeoutError is TimeoutError)
print(concurrent.futures.CancelledError.__name__)
