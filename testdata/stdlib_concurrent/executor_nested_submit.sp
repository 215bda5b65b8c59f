# ThreadPoolExecutor: a task that submits more tasks to the same pool and waits for them (enough workers),
# map with chunksize, shutdown(wait=False) then the futures still complete, results joined in order
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

ex = ThreadPoolExecutor(max_workers=4)
def leaf(n):
    return n * n
def branch(k):
    subs = [ex.submit(leaf, k * 10 + i) for i in range(3)]
    return sum(f.result() for f in subs)
tops = [ex.submit(branch, k) for k in range(1)]
print([f.result() for f in tops])
print(list(ex.map(leaf, range(10), chunksize=3)))
print(sorted(f.result() for f in as_completed([ex.submit(leaf, i) for i in range(6)])))
gate = threading.Event()
late = ex.submit(lambda: gate.wait(5) and "late done")
ex.shutdown(wait=False)
try:
    ex.submit(leaf, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
print(late.result())

# fib through a pool big enough for every level
with ThreadPoolExecutor(max_workers=16) as pool:
    def fib(n):
        if n < 2:
            return n
        a = pool.submit(fib, n - 1)
        return fib(n - 2) + a.result()
    print(pool.submit(fib, 6).result())  # 12 tasks at most wait at once: fewer than the workers

# a task's exception does not stop other tasks
with ThreadPoolExecutor(2) as pool:
    fs = [pool.submit(lambda i=i: 10 // (i % 3)) for i in range(6)]
    print([type(f.exception()).__name__ if f.exception() else f.result() for f in fs])
