# producer/consumer: bounded queue.Queue, task_done/join, one sentinel per consumer
# producer/consumer with queue.Queue, task_done/join and sentinel shutdown
import queue
import threading

q = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()
SENTINEL = object()

def producer(n):
    for i in range(n):
        q.put(i)
    print("producer done")

def consumer(cid):
    while True:
        item = q.get()
        try:
            if item is SENTINEL:
                return
            with lock:
                results.append(item * item)
        finally:
            q.task_done()

consumers = [threading.Thread(target=consumer, args=(i,), name=f"consumer-{i}") for i in range(3)]
for c in consumers:
    c.start()
p = threading.Thread(target=producer, args=(20,))
p.start()
p.join()
q.join()
print("all items processed:", len(results), sum(results))
for _ in consumers:
    q.put(SENTINEL)
for c in consumers:
    c.join()
print("alive:", [c.is_alive() for c in consumers])
print("unfinished:", q.unfinished_tasks, "empty:", q.empty(), "qsize:", q.qsize())
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
q2 = queue.Queue(1)
q2.put(1)
try:
    q2.put(2, timeout=0.01)
except queue.Full:
    print("Full", q2.full())
