# threading.Timer: runs once after its interval, cancel() before it fires stops it
import threading

events = []
done = threading.Event()
t1 = threading.Timer(0.05, lambda: (events.append("fired"), done.set()))
t2 = threading.Timer(0.01, events.append, args=["never"])
t2.cancel()
t1.start()
t2.start()
print("waited:", done.wait(5))
t1.join(); t2.join()
print(events)
print(t1.is_alive(), t2.is_alive(), t1.finished.is_set(), t2.finished.is_set())
t3 = threading.Timer(0.01, lambda *a, **k: events.append((a, k)), args=(1, 2), kwargs={"x": 3})
t3.start(); t3.join()
print(events[-1], t3.interval, t3.args, t3.kwargs)
print(t3.name.startswith("Thread-"), t3.daemon)
class Repeater(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
count = [0]
def tick():
    count[0] += 1
    if count[0] == 3:
        r.cancel()
r = Repeater(0.01, tick)
r.start()
r.join()
print("ticks:", count[0])
