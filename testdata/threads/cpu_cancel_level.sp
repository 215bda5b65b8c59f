# CPU-bound code is cancelled at loop iterations and calls; cancellation is level-triggered: code that
# catches Cancelled gets it again at its very next checkpoint (here the loop's next iteration, outside the
# try), and the group that was cancelled absorbs it (g.cancel() makes the with end without raising)
import threads

caught = Mutex(0)
started = threads.Semaphore(0)

def stubborn():
    started.release()
    while True:
        try:
            n = 0
            while True:
                n += 1
        except Cancelled:
            caught.update(lambda c: c + 1)  # runs: a cancelled thread may still call (cleanup code)

def spinner_calls():
    def step(x):
        return x + 1
    started.release()
    x = 0
    while True:
        x = step(x)

with ThreadGroup() as g:
    a = g.spawn(stubborn)
    b = g.spawn(spinner_calls)
    started.acquire(); started.acquire()
    g.cancel()
print("stubborn caught it", caught.get(), "time(s), then ended with", type(a.exception()).__name__)
print("spinner ended with", type(b.exception()).__name__)

# the block's own code is cancelled too: at a loop, then again at a call after catching it
log = []
with ThreadGroup() as g:
    g.cancel()
    try:
        for i in range(10):
            pass
    except Cancelled:
        log.append("loop")
    try:
        (lambda: None)()
    except Cancelled:
        log.append("call")
    try:
        with timeout(10):
            pass
    except Cancelled:
        log.append("entering a timeout() scope")
print(log)
