# Ctrl-C (SIGINT sent to a child interpreter): KeyboardInterrupt in the child's main thread, the whole tree
# is cancelled in a structured way (every finally runs, the group joins its threads before the main's finally),
# the traceback ends with KeyboardInterrupt and the exit status is 130
import os, signal, subprocess, sys

child = r'''
import threads, time
started = threads.Semaphore(0)
def sleeper(n):
    try:
        started.release()
        time.sleep(100)
    finally:
        print("sleeper", n, "finally", flush=True)
def spinner():
    try:
        started.release()
        while True:
            pass
    finally:
        print("spinner finally", flush=True)
try:
    await:
        async: sleeper(1)
        async: sleeper(2)
        async: spinner()
        for _ in range(3):
            started.acquire()
        print("ready", flush=True)
        time.sleep(100)
finally:
    print("main finally", flush=True)
'''
p = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.stdout.readline(), end="")
p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=20)
lines = out.splitlines()
print(sorted(lines[:-1]), lines[-1:])
print(err.startswith("Traceback (most recent call last):"), err.splitlines()[-1])
print("exit", p.returncode)
