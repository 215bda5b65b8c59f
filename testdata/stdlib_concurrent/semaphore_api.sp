# Semaphore/BoundedSemaphore: constructor and release errors, acquire arguments, release(n), _value-free checks
import threading

for ctor, arg in [(threading.Semaphore, -1), (threading.BoundedSemaphore, -2)]:
    try:
        ctor(arg)
    except ValueError as e:
        print(ctor.__name__, "ValueError:", e)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(blocking=False), s.acquire(blocking=False))
print(s.acquire(timeout=0.01))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
s.release(5)  # a plain Semaphore grows past its start value
print(sum(s.acquire(False) for _ in range(7)))

b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("BoundedSemaphore ValueError:", e)
with b:
    print("inside with:", b.acquire(False))
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("release(2) ValueError:", e)
b.release()

# a semaphore released by another thread wakes a blocked acquirer
s0 = threading.Semaphore(0)
order = []
def releaser():
    order.append("release")
    s0.release()
t = threading.Thread(target=releaser)
t.start()
print("acquired:", s0.acquire(timeout=5))
t.join()
order.append("after")
print(order)

# the with statement releases on an exception
s1 = threading.BoundedSemaphore(1)
try:
    with s1:
        raise KeyError("k")
except KeyError:
    pass
print("free again:", s1.acquire(False))
