# threading.Barrier: wait() indices, action runs once per generation, parties/n_waiting/broken, reuse across generations
import threading

log = []
b = threading.Barrier(4, action=lambda: log.append("action"))
print(b.parties, b.n_waiting, b.broken)
results = []
lock = threading.Lock()

def worker(i):
    for gen in range(3):
        idx = b.wait()
        with lock:
            results.append((gen, idx))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
for gen in range(3):
    print(gen, sorted(idx for g, idx in results if g == gen))
print(b.n_waiting, b.broken)

# Barrier(1): wait returns 0 immediately, action each time
n = []
b1 = threading.Barrier(1, action=lambda: n.append(1))
print(b1.wait(), b1.wait(), len(n))
