# as_completed yields futures as they finish (lazily): a later future can depend on the loop body, and a first-answer-wins loop can break early
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading
e1 = threading.Event()
e2 = threading.Event()
def a():
    e1.wait()
    return "a"
def b():
    e2.wait()
    return "b"
with ThreadPoolExecutor(3) as ex:
    fa = ex.submit(a)
    fb = ex.submit(b)
    fc = ex.submit(lambda: "c")
    order = []
    it = as_completed([fa, fb, fc])
    order.append(next(it).result())  # only c can finish
    e2.set()
    order.append(next(it).result())  # then only b
    e1.set()
    order.append(next(it).result())
    print(list(it))
print(order)
# first answer wins: stop at the first result, the others are released by the event
stop = threading.Event()
def racer(n):
    if n == 0:
        return "winner"
    stop.wait()
    return "loser %d" % n
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(racer, n) for n in range(4)]
    for f in as_completed(fs):
        print(f.result())
        break
    stop.set()
print(sorted(f.result() for f in fs))
