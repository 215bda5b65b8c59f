# worker threads draining a queue.Queue with task_done/join; unfinished_tasks; too many task_done
import threading
import queue

q = queue.Queue()
results = []
rlock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with rlock:
            results.append(item * item)
        q.task_done()

workers = [threading.Thread(target=worker, daemon=True) for _ in range(4)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print(sorted(results))
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
