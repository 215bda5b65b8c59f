# with shield(): in the finally block of a cancelled thread runs its body
# to completion, even when the body blocks (a cancellable sleep).
import time

log = []
try:
    with timeout(0.05):
        try:
            time.sleep(10)
        finally:
            with shield():
                time.sleep(0.01)
                log.append("cleanup done")
except TimeoutError:
    print("timed out; log =", log)

# A cancelled sibling's shielded cleanup also runs before the group ends.
cleanups = []
def worker():
    try:
        while True:
            time.sleep(0.001)
    finally:
        with shield():
            time.sleep(0.01)
            cleanups.append("worker")

def failer():
    time.sleep(0.02)
    raise ValueError("boom")

try:
    await:
        async: worker()
        async: failer()
except ValueError as e:
    print("caught", e, cleanups)
