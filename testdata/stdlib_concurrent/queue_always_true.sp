# queue.Queue has no len() and is always true (as CPython's), so `queue or Queue()` keeps the
# caller's empty queue instead of silently making a new one
import queue
import threading

class Worker:
    def __init__(self, inbox=None):
        self.inbox = inbox or queue.Queue()

shared = queue.Queue()
w = Worker(shared)
print(w.inbox is shared, bool(shared), bool(queue.SimpleQueue()), bool(queue.PriorityQueue()))
for q in (shared, queue.LifoQueue(), queue.PriorityQueue()):
    try:
        len(q)
    except TypeError as e:
        print("TypeError:", e)
t = threading.Thread(target=lambda: w.inbox.put("hello"))
t.start(); t.join()
print(shared.get(), shared.qsize(), shared.empty())
if not shared:
    print("never printed")
