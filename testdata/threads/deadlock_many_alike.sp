# A deadlock report gives one line to more than 10 threads waiting alike
# (same object, same line): here 12 workers idle on a queue nobody feeds,
# while 3 waiting on an event keep a line each
import queue, re, threading

jobs = queue.Queue()
never = threading.Event()


def worker():
    while True:
        jobs.get()


def watcher():
    never.wait()


ts = [threading.Thread(target=worker, daemon=True) for _ in range(12)]
ts += [threading.Thread(target=watcher, name=f"watcher-{i}", daemon=True) for i in range(3)]
for t in ts:
    t.start()
try:
    jobs.join()
    jobs.put("job")
    jobs.join()
except DeadlockError as e:
    for line in str(e).splitlines():
        print(re.sub(r"0x[0-9a-f]+", "0x...", line))
