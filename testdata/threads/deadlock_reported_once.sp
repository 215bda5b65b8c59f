# DeadlockError is raised once per deadlock: a main thread that catches it
# and waits again on the same thing, while no other thread has moved, is
# not interrupted again (it waits, as CPython would, instead of re-raising
# in a loop that burns a core); Ctrl-C still ends it. Once another thread
# has moved (woken, waited again), a deadlock is reported anew.
import os, signal, subprocess, sys, time, threading, queue

jobs, results, seen = queue.Queue(), queue.Queue(), []

def worker():
    while True:
        seen.append(jobs.get())

t = threading.Thread(target=worker, daemon=True)
t.start()
for i in range(3):
    try:
        results.get()
    except DeadlockError as e:
        print("caught", i, type(e).__name__, sorted(seen))
    jobs.put(i)

child = r'''
import threading
a = threading.Thread(target=threading.Event().wait)
b = threading.Thread(target=threading.Event().wait)
a.start(); b.start()
n = 0
try:
    while True:
        try:
            (a if n % 2 == 0 else b).join()
        except Exception as e:
            n += 1
            print("caught", n, type(e).__name__, flush=True)
finally:
    print("total", n, flush=True)
'''
p = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.stdout.readline(), end="")
print(p.stdout.readline(), end="")
time.sleep(0.3)  # a re-raising loop would count far past 2 meanwhile
p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=20)
print(out, end="")
print(err.splitlines()[-1], "exit", p.returncode)
