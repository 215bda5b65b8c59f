# threads.Queue: several consumers iterate one queue until it is closed and drained (every item once);
# close() wakes blocked getters and putters with ShutDown; a blocked get is cancellable; closed/maxsize attributes
import threads, time

q = threads.Queue(maxsize=4)
got = {}
def consumer(name):
    got[name] = [item for item in q]
await:
    for c in "abc":
        async: consumer(c)
    for i in range(100):
        q.put(i)
    q.close()
items = sorted(x for v in got.values() for x in v)
print(items == list(range(100)), q.closed, q.maxsize)
for call in (lambda: q.put(1), q.get, lambda: q.get(timeout=0.01), q.get_nowait):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, threads.ShutDown) if hasattr(threads, "ShutDown") else "")

# close() while threads are blocked: getters on an empty queue, a putter on a full one
empty, full = threads.Queue(), threads.Queue(maxsize=1)
full.put("x")
waiting = threads.Semaphore(0)
outcome = []
def blocked(fn, tag):
    waiting.release()
    try:
        fn()
        outcome.append(tag + " returned")
    except Exception as e:
        outcome.append(tag + " " + type(e).__name__)
await:
    async: blocked(empty.get, "get1")
    async: blocked(empty.get, "get2")
    async: blocked(lambda: full.put("y"), "put")
    for _ in range(3):
        waiting.acquire()
    time.sleep(0.05)  # (whether or not they have blocked yet, the outcome is the same)
    empty.close()
    full.close()
print(sorted(outcome))
print(full.get(), list(full))  # items put before close are still delivered

# a get blocked on an open queue ends with the timeout around it
q3 = threads.Queue()
try:
    with timeout(0.05):
        q3.get()
except TimeoutError:
    print("blocked get cancelled by timeout; queue still open:", not q3.closed)
q3.put("later")
print(q3.get())
