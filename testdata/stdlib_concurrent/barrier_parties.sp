# threading.Barrier: CPython 3.11 accepts parties < 1 (no round ever
# completes); abort/reset/broken/n_waiting/parties; BrokenBarrierError
import threading

for n in [0, -1]:
    b = threading.Barrier(n)
    print(b.parties, b.n_waiting, b.broken, repr(b).split(": ")[1])
    try:
        b.wait(timeout=0.01)
    except threading.BrokenBarrierError as e:
        print("broken", type(e).__mro__[1].__name__, b.broken)

b = threading.Barrier(2, timeout=5)
results = []
def party():
    try:
        results.append(b.wait())
    except threading.BrokenBarrierError:
        results.append("broken")
t = threading.Thread(target=party)
t.start()
while b.n_waiting < 1:
    pass
b.abort()
t.join()
print(results, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print(b.broken)
ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results[1:]), b.broken)
