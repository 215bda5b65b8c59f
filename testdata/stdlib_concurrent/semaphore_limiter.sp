# A BoundedSemaphore(3) limits 12 threads to 3 inside the section at once (all 3 slots do fill up);
# a Timer notifies a Condition; a thread blocked on a Semaphore wakes when another releases it
import threading

slots = threading.BoundedSemaphore(3)
lock = threading.Lock()
state = {"inside": 0, "peak": 0, "done": 0}
three_in = threading.Event()
release = threading.Event()

def job():
    with slots:
        with lock:
            state["inside"] += 1
            state["peak"] = max(state["peak"], state["inside"])
            if state["inside"] == 3:
                three_in.set()
        release.wait(10)
        with lock:
            state["inside"] -= 1
            state["done"] += 1

ts = [threading.Thread(target=job) for _ in range(12)]
for t in ts:
    t.start()
three_in.wait(10)
release.set()
for t in ts:
    t.join()
print(state)

c = threading.Condition()
flag = []
def fire():
    with c:
        flag.append("fired")
        c.notify_all()
tm = threading.Timer(0.01, fire)
with c:
    tm.start()
    print(c.wait_for(lambda: flag, timeout=10))
tm.join()

s = threading.Semaphore(0)
order = []
def taker():
    s.acquire()
    order.append("taken")
t = threading.Thread(target=taker)
t.start()
order.append("released")
s.release()
t.join()
print(order)
