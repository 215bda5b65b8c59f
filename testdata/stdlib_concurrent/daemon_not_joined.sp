# A daemon thread blocked forever does not keep the program alive (CPython kills daemons at exit); a
# non-daemon thread is joined first; threading.main_thread() and daemon inheritance from the creating thread
import threading, time

forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True)
d.start()
print(d.daemon, d.is_alive())

results = []
def spawner():
    inner = threading.Thread(target=lambda: results.append("inner ran"))
    results.append(("inner inherits daemon", inner.daemon))
    inner.start()
    inner.join()
dd = threading.Thread(target=spawner, daemon=True)
dd.start()
dd.join()
print(results)

def slow():
    time.sleep(0.05)
    print("non-daemon finished before exit")
threading.Thread(target=slow).start()
print("main ends; daemon still alive:", d.is_alive())
