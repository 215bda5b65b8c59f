# max_concurrency=N: never more than N threads of the group run at once (also for async: blocks)
import time

state = Mutex({"now": 0, "max": 0, "done": 0})

def work():
    with state.lock() as s:
        s["now"] += 1
        if s["now"] > s["max"]:
            s["max"] = s["now"]
    time.sleep(0.01)
    with state.lock() as s:
        s["now"] -= 1
        s["done"] += 1

with ThreadGroup(max_concurrency=3) as g:
    for i in range(20):
        g.spawn(work)
s = state.get()
print(s["done"], s["max"] <= 3, s["max"] >= 1, s["now"])

state.set({"now": 0, "max": 0, "done": 0})
with ThreadGroup(max_concurrency=2) as g:
    for i in range(10):
        async: work()
s = state.get()
print(s["done"], s["max"] <= 2, s["now"])
print(state.update(lambda d: len(d)))
