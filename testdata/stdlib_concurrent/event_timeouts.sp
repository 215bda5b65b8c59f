# Event: wait timeouts, set/clear, many waiters released together
import threading
import time

e = threading.Event()
t0 = time.monotonic()
print(e.wait(0.05), time.monotonic() - t0 >= 0.04)
print(e.wait(0), e.is_set(), e.isSet())
results = []
lock = threading.Lock()
def waiter(i):
    r = e.wait(5)
    with lock:
        results.append((i, r))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(sorted(results))
e.clear()
print(e.is_set(), e.wait(timeout=0.01))
try:
    e.wait("x")
except TypeError as ex:
    print("TypeError")
print(e.wait(-1))
