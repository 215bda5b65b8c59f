# threading.Condition: wait_for with a predicate and timeouts, notify(n), notify_all, return values
import threading

cond = threading.Condition()
state = {"n": 0, "woken": []}

with cond:
    # nobody notifies: wait_for gives the predicate's last value after the timeout
    print("wait_for timeout:", cond.wait_for(lambda: state["n"] > 0, timeout=0.05))
    print("wait timeout:", cond.wait(0.01))
    # predicate already true: no wait at all
    print("wait_for true now:", cond.wait_for(lambda: "yes", timeout=0))

ready = threading.Event()
def waiter(i):
    with cond:
        state["ready"] = state.get("ready", 0) + 1
        if state["ready"] == 5:
            ready.set()
        got = cond.wait_for(lambda: state["n"] >= i, timeout=10)
        state["woken"].append((i, got))

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(1, 6)]
for t in threads:
    t.start()
ready.wait()
for step in range(1, 6):
    with cond:
        state["n"] = step
        cond.notify_all()
for t in threads:
    t.join()
print(sorted(state["woken"]))

# notify(n) wakes at most n waiters
count = {"in": 0, "out": 0}
c2 = threading.Condition(threading.Lock())
all_in = threading.Event()
def sleeper():
    with c2:
        count["in"] += 1
        if count["in"] == 4:
            all_in.set()
        c2.wait()
        count["out"] += 1
ts = [threading.Thread(target=sleeper) for _ in range(4)]
for t in ts:
    t.start()
all_in.wait()
with c2:
    c2.notify(3)
with c2:
    c2.notify()
for t in ts:
    t.join()
print(count)
with c2:
    c2.notify(0)
    c2.notify_all()  # nobody waits: a no-op
print("done")
