# a Semaphore limits concurrent workers; BoundedSemaphore catches over-release
import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
active = 0
peak = 0
done = []

def work(i):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with lock:
            active -= 1
            done.append(i)

ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak, "done", sorted(done))
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
print(sem.acquire(timeout=0.01))
sem.release(2)
print(sem._value)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
