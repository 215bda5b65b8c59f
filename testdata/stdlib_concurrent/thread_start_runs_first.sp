# Thread.start() lets the new thread run first until it blocks (as CPython's GIL hand-off does):
# the new thread's first lines come before the starter's next ones (Real Python's threading intro)
import logging, threading, time

logging.basicConfig(format="%(threadName)s: %(message)s", level=logging.INFO)

def thread_function(name):
    logging.info("Thread %s: starting", name)
    print(f"thread {name} prints", flush=True)
    time.sleep(0.05)
    logging.info("Thread %s: finishing", name)

logging.info("Main    : before creating thread")
x = threading.Thread(target=thread_function, args=(1,), name="worker")
logging.info("Main    : before running thread")
x.start()
logging.info("Main    : wait for the thread to finish")
print("main prints", flush=True)
x.join()
logging.info("Main    : all done")

lines = []
def quick(i):
    lines.append(f"quick {i} ran")
for i in range(3):
    threading.Thread(target=quick, args=(i,)).start()
    lines.append(f"main after start {i}")
print(lines)
