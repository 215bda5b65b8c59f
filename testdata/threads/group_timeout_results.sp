# ThreadGroup(timeout=s) whose threads all finish in time ends normally with every result; one that does not
# finish raises TimeoutError at the with, after cancelling its threads (their finally blocks run); the futures
# of the cancelled threads raise Cancelled, those that finished keep their results
import threads, time

with ThreadGroup(timeout=10, name="fast") as g:
    fs = [g.spawn(lambda i=i: i * i) for i in range(5)]
print([f.result() for f in fs])

log = []
quick_done = threads.Event()
def slow(tag):
    try:
        time.sleep(100)
    finally:
        log.append(tag)
try:
    with ThreadGroup(timeout=0.1, name="slow") as g:
        quick = g.spawn(lambda: quick_done.set() or "quick")
        a = g.spawn(slow, "a")
        b = g.spawn(slow, "b")
except TimeoutError as e:
    print("TimeoutError", repr(str(e)))
print(sorted(log), quick.result())
for f in (a, b):
    try:
        f.result()
    except Cancelled:
        print("Cancelled")
print(type(a.exception()).__name__, a.done())
