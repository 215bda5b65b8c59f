# Cleanup code run for Cancelled (finally) is not interrupted at calls and
# loops, but a call that would block raises Cancelled at once (it neither
# returns early nor spins); a free lock can still be taken, and shield()
# lets cleanup block.
import time, threads

lock = threads.Lock()
held = threads.Lock()
log = []

def worker(kind):
    try:
        while True:
            time.sleep(0.01)
    finally:
        if kind == "sleep":
            t0 = time.monotonic()
            try:
                time.sleep(0.5)
                log.append("sleep returned")
            except Cancelled:
                # at once: well before the 0.5 s it asked for
                log.append("sleep raised Cancelled at once: %s" % (time.monotonic() - t0 < 0.25))
        elif kind == "freelock":
            with lock:
                log.append("took free lock")
        elif kind == "heldlock":
            try:
                with held:
                    log.append("took held lock?!")
            except Cancelled:
                log.append("held lock raised Cancelled")
        elif kind == "shield":
            t0 = time.monotonic()
            with shield():
                time.sleep(0.1)
            # the whole 0.1 s, and not the unshielded 0.5 s
            dt = time.monotonic() - t0
            log.append("shielded sleep slept 0.1 s: %s" % (0.1 <= dt < 0.45))

held.acquire()
try:
    with timeout(0.2):
        await:
            for k in ["sleep", "freelock", "heldlock", "shield"]:
                async:
                    worker(k)
except TimeoutError:
    print("timed out")
held.release()
for line in sorted(log):
    print(line)
