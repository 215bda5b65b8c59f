# shutdown(wait=True) waits for queued work; shutdown(cancel_futures=True) cancels what has not started
import threading
import time
from concurrent.futures import ThreadPoolExecutor

done = []
ex = ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex.submit(lambda i=i: (time.sleep(0.01), done.append(i)))
ex.shutdown(wait=True)
print("after shutdown(wait=True):", done)

gate = threading.Event()
started = threading.Event()
def first():
    started.set()
    gate.wait(5)
    return "first"
ex = ThreadPoolExecutor(max_workers=1)
f1 = ex.submit(first)
rest = [ex.submit(lambda: "rest") for _ in range(3)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in rest], f1.cancelled())
gate.set()
print(f1.result())
ex.shutdown()
ex = ThreadPoolExecutor(2)
g = threading.Event()
began = threading.Event()
f = ex.submit(lambda: (began.set(), g.wait(5))[1])
began.wait()
ex.shutdown(wait=False)
print("shutdown(wait=False) returned, running:", f.running())
g.set()
print(f.result())
with ThreadPoolExecutor() as ex:
    pass
try:
    ex.submit(int)
except RuntimeError as e:
    print(e)
