# shutdown(cancel_futures=True) cancels queued calls, the running one finishes
from concurrent.futures import ThreadPoolExecutor
import threading
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
started = threading.Event()
f1 = ex.submit(lambda: (started.set(), gate.wait())[1])
started.wait()
fs = [ex.submit(lambda: 1) for _ in range(3)]
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(f1.result(), sum(f.cancelled() for f in fs) + sum(f.done() and not f.cancelled() for f in fs))
