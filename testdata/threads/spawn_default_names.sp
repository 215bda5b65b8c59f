# Default thread names of spawns: only unnamed threads take a number
# ("Thread-N"), shared with threading.Thread's numbering as CPython's
# counter (named spawns and named threading.Threads take none). Spawns
# carry no "(target)" suffix.
import threading, threads

def who():
    return threads.current_thread().name

with ThreadGroup(name="g") as g:
    a = g.spawn(who, name="first")
    b = g.spawn(who)
    c = g.spawn(who, name="third")
    d = g.spawn(who)
print(a.result(), b.result(), c.result(), d.result())
print(a.name, b.name, d.name, repr(b))
t = threading.Thread(target=who)
print(t.name)
n = threading.Thread(target=who, name="n")
names = []
await:
    async:
        names.append(threading.current_thread().name)
    async:
        names.append(threading.current_thread().name)
print("async", sorted(names))
print(spawn(who).result(), spawn(who, name=None).result())
print(threads.current_thread().name)
