# Counts past the machine's int range: ThreadGroup(max_concurrency=N) and
# Semaphore(N) accept any int, as CPython's Semaphore does; a count nobody
# can use up is as good as unlimited (Semaphore._value saturates at 2**63-1).
import threading

for n in [10**30, 2**63, 2**63 - 1]:
    with ThreadGroup(max_concurrency=n) as g:
        fs = [g.spawn(lambda i=i: i * i) for i in range(5)]
    print([f.result() for f in fs])

for bad in [0, -1, -10**30]:
    try:
        ThreadGroup(max_concurrency=bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [1.5, "2"]:
    try:
        ThreadGroup(max_concurrency=bad)
    except TypeError as e:
        print("TypeError", e)

s = threading.Semaphore(10**30)
print(s.acquire(), s.acquire(timeout=0), s._value == 2**63 - 3)
s.release(10**30)
print(s._value == 2**63 - 1)
s = threading.Semaphore(2**63 - 1)
s.release()
print(s._value == 2**63 - 1)
try:
    threading.Semaphore(-10**30)
except ValueError as e:
    print("ValueError", e)
b = threading.BoundedSemaphore(3)
b.acquire()
try:
    b.release(10**30)
except ValueError as e:
    print("ValueError", e)
try:
    b.release(2**63 - 1)
except ValueError as e:
    print("ValueError", e)
b.release()
print(b._value)
try:
    b.release(-10**30)
except ValueError as e:
    print("ValueError", e)
