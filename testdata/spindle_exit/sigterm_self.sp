# SIGTERM (here sent by the program to itself) raises SystemExit(143) in the
# main thread: the thread tree is cancelled, every finally runs, atexit runs,
# no traceback is printed and the exit status is 143. (CPython's default
# SIGTERM kills the process at once: no finally, no atexit.)
import atexit, os, signal, time

atexit.register(lambda: print("atexit ran"))
ended = []
started = []

def sleeper(n):
    started.append(n)
    try:
        time.sleep(100)
    finally:
        ended.append(n)

try:
    await:
        async: sleeper(1)
        async: sleeper(2)
        while len(started) < 2:
            time.sleep(0.01)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(100)
except SystemExit as e:
    print("SystemExit", e.code, sorted(ended))
    raise
finally:
    print("main finally")
