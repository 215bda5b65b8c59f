# threading.Timer: cancel while waiting, cancel after it fired (no-op), args/kwargs, is_alive, finished Event, name
import threading

fired = []
t = threading.Timer(10, fired.append, args=["never"])
t.start()
print(t.is_alive())
t.cancel()
t.join()
print(t.is_alive(), t.finished.is_set(), fired)

done = threading.Event()
def cb(a, b, *, c):
    fired.append((a, b, c))
    done.set()
t2 = threading.Timer(0.01, cb, (1, 2), {"c": 3})
t2.start()
done.wait(5)
t2.join()
t2.cancel()
print(fired, t2.finished.is_set(), t2.is_alive())

# cancel before start: start runs but does nothing
t3 = threading.Timer(0, fired.append, ["x"])
t3.cancel()
t3.start()
t3.join()
print(fired)
print(isinstance(t3, threading.Thread), t3.interval, t3.args, t3.kwargs)

# many timers, joined in order
results = []
lock = threading.Lock()
def add(i):
    with lock:
        results.append(i)
timers = [threading.Timer(0.001 * (i % 3), add, [i]) for i in range(12)]
for tm in timers:
    tm.start()
for tm in timers[::2]:
    tm.cancel()
for tm in timers:
    tm.join()
print(len(results) >= 6, sorted(set(results) & {1, 3, 5, 7, 9, 11}))
try:
    t3.start()
except RuntimeError as e:
    print("RuntimeError:", e)
