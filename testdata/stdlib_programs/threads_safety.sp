# thread safety: logging, deque, Counter and random used from several threads at once
import threading, logging, collections, random, io

stream = io.StringIO()
log = logging.getLogger("workers")
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
log.addHandler(h)
log.setLevel(logging.INFO)
log.propagate = False
dq = collections.deque(maxlen=1000)
lock = threading.Lock()
counts = collections.Counter()

def work(n):
    for i in range(200):
        log.info("item %d", i)
        dq.append(i)
        random.random()
        with lock:
            counts[n % 3] += 1

ts = [threading.Thread(target=work, args=(k,), name=f"w{k}") for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = stream.getvalue().splitlines()
print(len(lines), all(l.split()[0] in {f"w{k}" for k in range(6)} for l in lines), len(dq), sorted(counts.items()))
