# A negative timeout runs out at once for waits (Event, Condition, Semaphore, Barrier, join, futures) but is a ValueError for a blocking queue call
import threading, queue, concurrent.futures as cf

s = threading.Semaphore(1)
print("Semaphore:", s.acquire(timeout=-1), s.acquire(timeout=-1))
try:
    s.acquire(False, -1)
except ValueError as e:
    print("ValueError:", e)
print("Event:", threading.Event().wait(-3))
c = threading.Condition()
with c:
    print("Condition:", c.wait(-1), c.wait_for(lambda: 0, -1))
b = threading.Barrier(2)
try:
    b.wait(-1)
except threading.BrokenBarrierError:
    print("Barrier broken:", b.broken)
f = cf.Future()
for call in (f.result, f.exception):
    try:
        call(-1)
    except TimeoutError as e:
        print(call.__name__, "TimeoutError", repr(str(e)))
go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
t.join(-1)
print("join(-1) returned, alive:", t.is_alive())
go.set()
t.join()
done, not_done = cf.wait([f], timeout=-1)
print("wait:", len(done), len(not_done))
try:
    for x in cf.as_completed([f], timeout=-1):
        pass
except TimeoutError as e:
    print("as_completed:", e)

q = queue.Queue()
for name, call in [("get", lambda: q.get(timeout=-1)),
                   ("put unbounded", lambda: q.put(1, timeout=-1)),
                   ("get non-blocking", lambda: q.get(False, timeout=-1)),
                   ("get_nowait", q.get_nowait)]:
    try:
        print(name, "->", call())
    except ValueError as e:
        print(name, "ValueError:", e)
    except queue.Empty:
        print(name, "Empty")
bq = queue.Queue(1)
for name, call in [("put bounded", lambda: bq.put(1, timeout=-1)),
                   ("put non-blocking", lambda: bq.put(2, False, -1)),
                   ("put full non-blocking", lambda: bq.put(3, False, -1))]:
    try:
        print(name, "->", call())
    except ValueError as e:
        print(name, "ValueError:", e)
    except queue.Full:
        print(name, "Full")
