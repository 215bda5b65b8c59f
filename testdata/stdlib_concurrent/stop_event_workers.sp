# workers poll a queue with get(timeout) until a stop Event is set; results via a result queue
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()
stop = threading.Event()

def worker(wid):
    handled = 0
    while not stop.is_set():
        try:
            n = tasks.get(timeout=0.01)
        except queue.Empty:
            continue
        results.put((n, n ** 3))
        handled += 1
        tasks.task_done()
    results.put(("handled", wid, handled))

workers = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(4)]
for w in workers:
    w.start()
for n in range(25):
    tasks.put(n)
tasks.join()
stop.set()
for w in workers:
    w.join()
cubes, handled = [], 0
while not results.empty():
    r = results.get_nowait()
    if r[0] == "handled":
        handled += r[2]
    else:
        cubes.append(r)
print(sorted(cubes)[:5], len(cubes), handled)
print(threading.active_count())
