# max_concurrency: a spawner waiting for a slot is cancelled when the group fails or its timeout passes; async:
# blocks count against the limit too
import time
def boom():
    time.sleep(0.05)
    raise ValueError("boom")
log = []
try:
    with ThreadGroup(max_concurrency=1) as g:
        g.spawn(boom)
        try:
            g.spawn(print, "never")
        except Cancelled:
            log.append("spawner waiting for a slot got Cancelled")
            raise
except ValueError as e:
    print("ValueError", e, log)
try:
    with timeout(0.05):
        with ThreadGroup(max_concurrency=1) as g:
            g.spawn(time.sleep, 10)
            g.spawn(print, "never")
except TimeoutError:
    print("timed out waiting for slot")
peak = Mutex([0, 0])
def tracked(i):
    with peak.lock() as p:
        p[0] += 1
        p[1] = max(p[1], p[0])
    time.sleep(0.005)
    with peak.lock() as p:
        p[0] -= 1
with ThreadGroup(max_concurrency=3) as g:
    for i in range(20):
        async: tracked(i)
print("peak within the limit:", 1 <= peak.get()[1] <= 3)

