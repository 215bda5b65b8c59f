# Queue, Event, Condition and Lock under contention: 8 producers and 8
# consumers through a bounded Queue, a Condition-guarded counter, and Event
# ping-pong; the totals are exact.
import threading
from threads import Queue, Event, Lock

q = Queue(maxsize=4)
N = 8
PER = 300
got = []

def producer(p):
    for i in range(PER):
        q.put(p * PER + i)

def consumer():
    total = 0
    while True:
        x = q.get()
        if x is None:
            return total
        total += x

cond = threading.Condition()
state = {"n": 0}

def incr():
    for i in range(200):
        with cond:
            state["n"] += 1
            cond.notify_all()

def wait_for(target):
    with cond:
        cond.wait_for(lambda: state["n"] >= target)
    return True

ping, pong = Event(), Event()
count = {"p": 0}
lock = Lock()

def pinger():
    for i in range(100):
        ping.set()
        pong.wait()
        pong.clear()

def ponger():
    for i in range(100):
        ping.wait()
        ping.clear()
        with lock:
            count["p"] += 1
        pong.set()

await:
    consumers = [spawn(consumer) for _ in range(N)]
    waiters = [spawn(wait_for, 200 * N) for _ in range(4)]
    async: pinger()
    async: ponger()
    await:
        for p in range(N):
            async: producer(p)
        for i in range(N):
            async: incr()
    for _ in range(N):
        q.put(None)

print(sum(f.result() for f in consumers) == sum(range(N * PER)))
print(state["n"], all(f.result() for f in waiters))
print(count["p"])
