# Condition: wait_for with timeout, misuse errors, notify(n) wakes at most n
# Condition wait_for / notify_all: a gate that opens when enough workers arrived
import threading

cond = threading.Condition()
arrived = 0
order = []

def worker(i):
    global arrived
    with cond:
        arrived += 1
        cond.notify_all()
        ok = cond.wait_for(lambda: arrived >= 5, timeout=5)
        order.append((i, ok))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(order))
with cond:
    print("timeout result:", cond.wait_for(lambda: False, timeout=0.01))
    print("wait timeout:", cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
# notify(n) wakes at most n
c2 = threading.Condition(threading.Lock())
ready = []
woken = []
def waiter(i):
    with c2:
        ready.append(i)
        c2.wait()
        woken.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
import time
while True:
    with c2:
        if len(ready) == 4:
            c2.notify(2)
            break
    time.sleep(0.001)
while True:
    with c2:
        if len(woken) == 2:
            break
    time.sleep(0.001)
time.sleep(0.02)
with c2:
    print("woken after notify(2):", len(woken))
    c2.notify_all()
for w in ws:
    w.join()
print("woken after notify_all:", len(woken))
