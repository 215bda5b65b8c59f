# timeout(s) and ThreadGroup(timeout=s) treat a deadline of 0 or less the
# same way: it has expired already, so the block is cancelled at its first
# checkpoint and the with statement raises TimeoutError (as asyncio.timeout
# does with a deadline in the past). NaN counts as 0.
import time

def run(label, make):
    steps = []
    try:
        with make():
            x = 1
            time.sleep(10)
            steps.append("not reached")
    except TimeoutError as e:
        steps.append("TimeoutError " + repr(e.args))
    print(label, steps)

for s in [-1, 0, -1e300, float("nan"), -10**30]:
    run("timeout(%r)" % s, lambda: timeout(s))
    run("ThreadGroup(timeout=%r)" % s, lambda: ThreadGroup(timeout=s))

# The block is cancelled at its first checkpoint (every call is one):
# a spawn into the group raises Cancelled, which the group absorbs.
out = []
try:
    with ThreadGroup(timeout=-5) as g:
        x = 1 + 1
        out.append(x)
except TimeoutError:
    out.append("timed out")
print(out)
try:
    with ThreadGroup(timeout=-5) as g:
        try:
            g.spawn(print, "never")
        except Cancelled:
            out.append("spawn cancelled")
except TimeoutError:
    print(out, "timed out")

# A wait's own timeout argument is unchanged: negative means "do not wait"
# where CPython says so, and ValueError where CPython raises it.
import threading, queue
print(threading.Event().wait(-1), threading.Lock().acquire(timeout=-1))
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
for bad in ["1", [1]]:
    for make in (timeout, lambda s: ThreadGroup(timeout=s)):
        try:
            make(bad)
        except TypeError as e:
            print("TypeError", e)
