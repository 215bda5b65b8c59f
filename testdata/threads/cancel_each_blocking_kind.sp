# g.cancel() reaches a thread wherever it blocks: a Future, a Queue, a Lock, a sleep, a CPU loop, an Event, a Mutex,
# a group join; each sees Cancelled (its except and finally run) and its Future is cancelled
import threads, time
q = threads.Queue()
lk = threads.Lock()
lk.acquire()
mx = Mutex(0)
held = mx.lock()
held.__enter__()
ev = threads.Event()
res = {}
started = threads.Semaphore(0)
def blocked(kind):
    try:
        started.release()
        if kind == "future":
            spawn(threads.Event().wait).result()
        elif kind == "queue":
            q.get()
        elif kind == "lock":
            lk.acquire()
        elif kind == "sleep":
            time.sleep(100)
        elif kind == "cpu":
            while True: pass
        elif kind == "event":
            ev.wait()
        elif kind == "mutex":
            with mx.lock() as v:  # held by the main thread
                pass
        elif kind == "join":
            await:
                async: time.sleep(100)
    except Cancelled:
        res[kind] = "cancelled"
        raise
    finally:
        res.setdefault(kind, "finally")
kinds = ["future", "queue", "lock", "sleep", "cpu", "event", "mutex", "join"]
with ThreadGroup() as g:
    futs = [g.spawn(blocked, k) for k in kinds]
    for _ in kinds:
        started.acquire()
    g.cancel()
print(sorted(res.items()))
print([f.cancelled() for f in futs])

