# lock-order deadlock between two threading.Threads: DeadlockError in the
# main thread's join, with a report of who waits for what and who holds it;
# the main thread then releases one lock (a Lock may be released by any thread)
import re
import threading
a = threading.Lock()
b = threading.Lock()
both = threading.Barrier(2)
out = []
def t1():
    with a:
        both.wait()
        with b:
            out.append("t1 got b")
def t2():
    b.acquire()
    both.wait()
    with a:
        out.append("t2 got a")
x = threading.Thread(target=t1, name="first")
y = threading.Thread(target=t2, name="second")
x.start(); y.start()
try:
    x.join()
except DeadlockError as e:
    print(type(e).__name__, "is a", type(e).__mro__[1].__name__)
    for line in sorted(str(e).splitlines()):
        print(re.sub(r"0x[0-9a-f]+", "0x...", line))
b.release()
x.join(); y.join()
print(sorted(out))
