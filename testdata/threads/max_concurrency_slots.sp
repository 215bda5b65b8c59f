# max_concurrency=N: a spawn beyond N blocks the spawner until a slot frees (a cancellable wait, here ended by a timeout);
# async: blocks in the group obey the same limit; every thread eventually runs
import threads, time

running = Mutex(0)
peak = Mutex(0)
gate = threads.Event()

def work(i):
    n = running.update(lambda n: n + 1)
    peak.update(lambda p: max(p, n))
    gate.wait()
    running.update(lambda n: n - 1)
    return i

blocked = []
try:
    with ThreadGroup(max_concurrency=2) as g:
        g.spawn(work, 0)
        g.spawn(work, 1)
        try:
            with timeout(0.05):
                g.spawn(work, 2)   # no free slot: waits, then the timeout cancels the wait
        except TimeoutError:
            blocked.append("third spawn timed out waiting for a slot")
        gate.set()
except Exception as e:
    print("unexpected", type(e).__name__, e)
print(blocked, peak.get())

peak.set(0)
gate.clear()
done = []
with ThreadGroup(max_concurrency=3) as g:
    for i in range(10):
        async:
            done.append(work(i))
        if i == 2:
            gate.set()
print(sorted(done), peak.get() <= 3)

results = []
with ThreadGroup(max_concurrency=1) as g:
    futures = [g.spawn(lambda i=i: results.append(i) or i) for i in range(5)]
print(results, [f.result() for f in futures])
