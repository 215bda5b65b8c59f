# daemon threads: inherited flag, not joined at exit, setting daemon after start fails
import threading
import time

started = threading.Event()
def forever():
    started.set()
    while True:
        time.sleep(0.01)

d = threading.Thread(target=forever, daemon=True, name="bg")
print(d.daemon, d.isDaemon())
d.start()
started.wait()
print(d.is_alive(), "bg" in [t.name for t in threading.enumerate()])
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
child_flags = []
def parent():
    c = threading.Thread(target=lambda: None)
    child_flags.append(c.daemon)
p = threading.Thread(target=parent, daemon=True)
p.start(); p.join()
p2 = threading.Thread(target=parent)
p2.start(); p2.join()
print("children inherit:", child_flags)
print(threading.main_thread().daemon, threading.current_thread() is threading.main_thread())
t = threading.Thread(target=lambda: None)
t.daemon = True
print(t.daemon)
print("main exits while the daemon runs")
