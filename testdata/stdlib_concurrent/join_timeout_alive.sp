# join(timeout) returns with the thread still alive; is_alive afterwards
import threading

stop = threading.Event()
t = threading.Thread(target=stop.wait, args=(5,), name="sleeper")
t.start()
t.join(timeout=0.02)
print("after join timeout:", t.is_alive())
print(repr(t).startswith("<Thread(sleeper, started "))
stop.set()
t.join()
print("after set:", t.is_alive(), repr(t).startswith("<Thread(sleeper, stopped "))
t.join()
t.join(0)
print("join again ok")
try:
    t.join(timeout="x")
except TypeError:
    print("TypeError")
