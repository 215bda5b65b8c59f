# assorted threading API details: default names, args as list, Semaphore/Condition timeouts, executor thread names, _MainThread
import threading, queue, time
from concurrent.futures import ThreadPoolExecutor
def work(): pass
ts = [threading.Thread(target=work) for _ in range(2)]
print([t.name for t in ts])
t = threading.Thread(target=print, args=["a", "b"], kwargs={"sep": "-"})
t.start(); t.join()
print(threading.Thread(name=5).name)
with ThreadPoolExecutor(2, thread_name_prefix="px") as ex:
    names = sorted(set(ex.map(lambda _: threading.current_thread().name, range(4))) )
    print(all(n.startswith("px_") for n in names))
    print([t.name for t in threading.enumerate() if t.name.startswith("px")][:1])
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01))
def rel(): s.release()
tm = threading.Timer(0.01, rel)
tm.start()
print(s.acquire(timeout=5))
tm.join()
c = threading.Condition()
def notifier():
    with c:
        c.notify()
with c:
    nt = threading.Thread(target=notifier)
    nt.start()
    print("wait returned", c.wait(5))
nt.join()
q = queue.Queue(1)
q.put(1)
try:
    q.put(2, block=False)
except queue.Full:
    print("Full")
print(q.get(block=False))
ex = ThreadPoolExecutor(1)
print(ex.submit(lambda fn: fn, fn=3).result())
ex.shutdown()
print(repr(threading.current_thread()).split(" started")[0])
print(repr(threading.main_thread()).split(" ")[0])
lk = threading.Lock()
print(lk.acquire(blocking=True, timeout=-1))
lk.release()
print(threading.active_count())
print(threading.Thread.__name__, threading.Timer.__mro__[1].__name__)
import threading as th2
print(th2.get_native_id() > 0)
