# worker thread names, max_workers check, initializer/initargs
from concurrent.futures import ThreadPoolExecutor
import threading

def name():
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dl") as ex:
    print(ex.submit(name).result())
with ThreadPoolExecutor(max_workers=1) as ex:
    n = ex.submit(name).result()
    print(n.startswith("ThreadPoolExecutor-"), n.endswith("_0"))
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
def init(x):
    print("init", x)
with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=(5,)) as ex:
    print(ex.submit(lambda: 1).result())
print(ThreadPoolExecutor()._max_workers > 0)
import threading
names = set()
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="one") as ex:
    for i in range(50):
        names.add(ex.submit(lambda: threading.current_thread().name).result())
print(sorted(names))
