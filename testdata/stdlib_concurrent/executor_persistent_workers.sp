# ThreadPoolExecutor workers are persistent threads, as in CPython: a
# worker keeps its threading.local and its name across tasks, the
# initializer runs once per worker, and at most max_workers exist.
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
inits = []
lock = threading.Lock()

def init(tag):
    with lock:
        inits.append((tag, threading.current_thread().name))
    local.count = 0

def task(i):
    local.count += 1
    return threading.current_thread().name, local.count

with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("one",)) as ex:
    print(list(ex.map(task, range(4))))
print(inits)

# two workers, forced to both start by a barrier; then each keeps its count
inits.clear()
b = threading.Barrier(2)
def meet(i):
    b.wait()
    return task(i)
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool", initializer=init, initargs=("two",)) as ex:
    first = sorted(f.result() for f in [ex.submit(meet, i) for i in range(2)])
    print(first)
    results = [f.result() for f in [ex.submit(task, i) for i in range(6)]]
    names = {n for n, _ in results}
    print(names <= {"pool_0", "pool_1"}, sum(c for _, c in results) >= 6, max(c for _, c in results) <= 7)
print(sorted(inits))

# workers end at shutdown and are no longer listed
ex = ThreadPoolExecutor(3, thread_name_prefix="gone")
print(ex.submit(lambda: threading.current_thread().name).result())
print(any(t.name.startswith("gone") for t in threading.enumerate()))
ex.shutdown(wait=True)
print([t.name for t in threading.enumerate()])
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)

# the worker is a non-daemon threading.Thread
with ThreadPoolExecutor() as ex:
    t = ex.submit(threading.current_thread).result()
    print(type(t).__name__, t.daemon, t is not threading.main_thread(), t.ident != threading.get_ident())

# an executor never shut down: its queued work still runs before exit
done = []
ex = ThreadPoolExecutor(2)
for i in range(5):
    ex.submit(done.append, i)
import atexit
atexit.register(lambda: print("at exit:", sorted(done)))
print("main done")
