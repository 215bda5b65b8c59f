# with shield(): inside a cancelled thread, blocking calls in the shield complete; a timeout() inside the
# shield still fires (its own deadline); once the shield ends, the next checkpoint raises Cancelled again
import threads, time

log = []
started = threads.Event()

def worker():
    try:
        started.set()
        time.sleep(100)
    except Cancelled:
        with shield():
            time.sleep(0.02)
            log.append("shielded sleep completed")
            try:
                with timeout(0.02):
                    threads.Event().wait()
            except TimeoutError:
                log.append("timeout inside shield fired")
            q = threads.Queue()
            q.put(1)
            log.append("queue get in shield: %d" % q.get())
        try:
            time.sleep(0.01)
            log.append("not reached")
        except Cancelled:
            log.append("cancelled again after the shield")
        raise

with ThreadGroup() as g:
    f = g.spawn(worker)
    started.wait()
    g.cancel()
print(log)
print(type(f.exception()).__name__)

# a shield around the whole body of a group's thread: the group's cancel waits for it
done = []
inside = threads.Event()
def protected():
    with shield():
        inside.set()
        time.sleep(0.05)
        done.append("protected finished")
with ThreadGroup() as g:
    g.spawn(protected)
    inside.wait()
    g.cancel()
print(done)
