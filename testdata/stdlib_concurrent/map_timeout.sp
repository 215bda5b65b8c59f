# Executor.map: order kept, timeout, exception stops iteration, multiple iterables
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

def slow_square(x):
    time.sleep(0.01 * (5 - x))
    return x * x

with ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow_square, range(5))))
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
    it = ex.map(time.sleep, [0.5, 0.5], timeout=0.05)
    try:
        list(it)
    except TimeoutError:
        print("TimeoutError from map")
    def maybe(x):
        if x == 2:
            raise ValueError(f"bad {x}")
        return x
    got = []
    try:
        for v in ex.map(maybe, range(5)):
            got.append(v)
    except ValueError as e:
        print("ValueError:", e, "after", got)
    print(list(ex.map(str, [])))
    r = ex.map(abs, [-1, -2])
    print(type(r).__name__, next(r), next(r))
