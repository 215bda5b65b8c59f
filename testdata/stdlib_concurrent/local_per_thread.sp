# threading.local: values are per thread (a new thread sees none of its starter's attributes), del and
# missing attributes, __dict__ per thread, one local shared by a pool of threads
import threading
from concurrent.futures import ThreadPoolExecutor

data = threading.local()
data.x = "main"
seen = []
def child():
    seen.append(hasattr(data, "x"))
    data.x = "child"
    data.y = 1
    seen.append(sorted(data.__dict__.items()))
    del data.y
    try:
        data.y
    except AttributeError as e:
        seen.append(str(e))
    try:
        del data.nope
    except AttributeError as e:
        seen.append(str(e))
t = threading.Thread(target=child)
t.start(); t.join()
print(seen)
print(data.x, data.__dict__)

# a worker thread keeps its own value across the tasks it runs
local = threading.local()
def task(i):
    n = getattr(local, "n", 0) + 1
    local.n = n
    return n
runs = []
t = threading.Thread(target=lambda: runs.extend(task(i) for i in range(5)))
t.start(); t.join()
print(runs)
print(hasattr(local, "n"))
with ThreadPoolExecutor(max_workers=2) as ex:
    print(all(n >= 1 for n in ex.map(task, range(5))))

# many threads, each with its own counter on one local
counter = threading.local()
results = []
lock = threading.Lock()
def count(k):
    counter.v = 0
    for _ in range(k):
        counter.v += 1
    with lock:
        results.append((k, counter.v))
ts = [threading.Thread(target=count, args=(k,)) for k in range(1, 9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print(type(data).__name__, isinstance(data, threading.local))
