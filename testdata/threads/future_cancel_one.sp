# Future.cancel() cancels that one thread: its result() and exception() raise Cancelled, the group does not fail,
# the other threads finish; done(), name, cancel() of a finished future
import threads, time

log = []
started = threads.Event()
def slow(tag):
    try:
        started.set()
        time.sleep(100)
    finally:
        log.append(tag + " finally")
    return "never"

with ThreadGroup() as g:
    a = g.spawn(slow, "a", name="slow-a")
    b = g.spawn(lambda: "b result", name="quick-b")
    print(a.name, b.name)
    print(b.result())
    started.wait()
    print("cancel:", a.cancel())
    try:
        a.result()
    except Cancelled:
        print("result raised Cancelled")
    print("exception() returns", type(a.exception()).__name__)
print(a.done(), b.done(), log)
print(b.cancel(), a.cancel())  # already finished: nothing changes
print(b.result(), b.exception())

# result(timeout) on a running thread raises TimeoutError and leaves it running
with ThreadGroup() as g:
    ev = threads.Event()
    f = g.spawn(lambda: ev.wait() and "waited")
    try:
        f.result(timeout=0.01)
    except TimeoutError:
        print("TimeoutError, done:", f.done())
    ev.set()
print(f.result())

# a future of a thread that raised: result() re-raises it, and the group fails with it too
try:
    with ThreadGroup() as g:
        bad = g.spawn(int, "x")
        try:
            with shield():  # the failure cancels this block too: wait for it without being cancelled
                bad.result()
        except ValueError as e:
            print("result raised", e)
except ValueError as e:
    print("group raised", e, e is bad.exception())
