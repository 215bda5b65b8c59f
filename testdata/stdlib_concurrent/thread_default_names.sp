# Default thread names: only unnamed threads take a number ("Thread-N"),
# with the target's name in parentheses; named threads take none.
import threading

seen = []

def worker():
    seen.append(threading.current_thread().name)

class Sub(threading.Thread):
    def run(self):
        seen.append("run " + self.name)

print(threading.current_thread().name, threading.main_thread().name)
named = threading.Thread(target=worker, name="named")
named.start(); named.join()
t1 = threading.Thread(target=worker)
print(t1.name, repr(t1))
t1.start(); t1.join()
print(repr(t1).split(",")[0])
t2 = threading.Thread()
t3 = threading.Thread(target=lambda: None)
s = Sub()
s.start(); s.join()
other = threading.Thread(target=worker, name="Thread-99")
t4 = threading.Thread(target=worker, name=None)
t4.start(); t4.join()
timer = threading.Timer(10, worker)
print(t2.name, t3.name, s.name, other.name, t4.name, timer.name)
print(seen)
t1.name = "renamed"
print(t1.name, repr(t1).split(",")[0])
