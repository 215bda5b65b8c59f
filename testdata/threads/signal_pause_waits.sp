# signal.pause() waits for a signal from outside: not a deadlock, even when
# every other thread waits on a queue nobody feeds (SIGINT ends it here)
import os
import queue
import signal
import threading
import time

q = queue.Queue()


def worker():
    while True:
        print("job", q.get(), flush=True)


def stopper():
    time.sleep(0.3)
    os.kill(os.getpid(), signal.SIGINT)


threading.Thread(target=worker, daemon=True).start()
threading.Thread(target=stopper, daemon=True).start()
try:
    signal.pause()
except KeyboardInterrupt:
    print("interrupted")
