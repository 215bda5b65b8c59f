# A thread waiting for a shared iterator whose step (here map's function)
# is blocked in another thread waits cancellably (LANGUAGE.md §2.5, §2.6):
# cancelling the group ends both threads and the block.
import threads

entered = threads.Event()
release = threads.Event()
started = threads.Event()
log = []

def slow(x):
    entered.set()
    release.wait()
    return x

m = map(slow, range(3))

def first():
    try:
        log.append(("first got", next(m)))
    finally:
        log.append("first finally")

def second():
    try:
        started.set()
        entered.wait()
        log.append(("second got", next(m, None)))
    finally:
        with shield():  # Cancelled may come after next() returned
            log.append("second finally")

with ThreadGroup() as g:
    g.spawn(first)
    g.spawn(second)
    entered.wait()
    started.wait()
    g.cancel()
print(sorted(log, key=str))

# Released instead of cancelled: each thread gets its own item.
entered = threads.Event()
release = threads.Event()
log = []
m = map(slow, range(3))
with ThreadGroup() as g:
    g.spawn(first)
    g.spawn(second)
    entered.wait()
    release.set()
print(sorted(log, key=str))
print(list(m))
