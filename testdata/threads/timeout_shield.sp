# timeout() raises TimeoutError at the with; shield() protects cleanup
import time

t0 = time.monotonic()
try:
    with timeout(0.1):
        time.sleep(10)
    print("not reached")
except TimeoutError:
    print("TimeoutError", time.monotonic() - t0 < 5)

with timeout(5):
    time.sleep(0.01)
print("fast enough")

log = []
# the shield is made before the cancelled region: a call is a checkpoint,
# so calling shield() inside an already-cancelled finally raises Cancelled
sh = shield()
try:
    with timeout(0.05):
        try:
            time.sleep(10)
        finally:
            with sh:
                time.sleep(0.1)
                log.append("cleanup done")
except TimeoutError:
    print("timed out", log)

try:
    with ThreadGroup(timeout=0.1) as g:
        g.spawn(time.sleep, 10)
except TimeoutError:
    print("group TimeoutError")

# the deadline reaches async: blocks spawned inside it
t0 = time.monotonic()
try:
    with timeout(0.1):
        await:
            async: time.sleep(10)
            async:
                while True:
                    pass
except TimeoutError:
    print("await: under timeout", time.monotonic() - t0 < 5)
