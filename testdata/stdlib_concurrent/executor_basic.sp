from concurrent.futures import ThreadPoolExecutor
import concurrent.futures
import time

def square(x):
    return x * x

def add(a, b, c=0):
    return a + b + c

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(8)]
    print([f.result() for f in futs])
    print(ex.submit(add, 1, 2, c=10).result())
    print(list(ex.map(square, range(5))))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
print(all(f.done() for f in futs))

def boom(x):
    raise ValueError("bad %d" % x)

ex = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="pool")
f = ex.submit(boom, 7)
e = f.exception()
print(type(e).__name__, e)
try:
    f.result()
except ValueError as err:
    print("caught", err)
try:
    list(ex.map(boom, [1, 2]))
except ValueError as err:
    print("map raised", err)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as err:
    print("RuntimeError", err)

calls = []
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(square, 3)
    f.add_done_callback(lambda fut: calls.append(fut.result()))
print(calls)
f.add_done_callback(lambda fut: calls.append(fut.result() + 1))
print(calls)
print(f.cancel(), f.cancelled(), f.running())
