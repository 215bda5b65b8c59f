# ThreadPoolExecutor as a context manager: an exception raised from map's iteration leaves the with after every call ran; exceptions from workers keep their type and args
from concurrent.futures import ThreadPoolExecutor
import threading

ran = []
lock = threading.Lock()
def work(n):
    with lock:
        ran.append(n)
    if n % 4 == 3:
        raise ValueError("bad %d" % n, n)
    return n * 10

got = []
try:
    with ThreadPoolExecutor(max_workers=3) as ex:
        for r in ex.map(work, range(10)):
            got.append(r)
except ValueError as e:
    print("ValueError", e.args)
print(got, set(range(4)) <= set(ran))

# an exception in the with body: __exit__ still waits for the submitted calls
done = []
def slow(i):
    ev.wait(5)
    done.append(i)
    return i
ev = threading.Event()
try:
    with ThreadPoolExecutor(2) as ex:
        fs = [ex.submit(slow, i) for i in range(4)]
        ev.set()
        raise KeyError("body")
except KeyError as e:
    print("KeyError", e, sorted(done), [f.result() for f in fs])

# map over several iterables stops at the shortest; kwargs-only functions via lambda
with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], (10, 20))))
    print(list(ex.map(pow, [2, 3], [5, 2], [100, 7])))
    f = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(f.result())
    f = ex.submit(int, "zz")
    e = f.exception()
    print(type(e).__name__, e)
    try:
        f.result()
    except ValueError as e2:
        print(e2 is e)

# submit after shutdown
ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()  # twice is fine
