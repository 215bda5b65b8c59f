# SPINDLE-SPECIFIC (hand-written .out). A generator dropped while paused
# inside `await:` (LANGUAGE.md §2.2): its body unwinds without running
# handlers (interp/generator.go), and the group it held open is cancelled,
# so the group's threads end (their finally blocks run).
import gc
import queue
import time

q = queue.Queue()


def holder():
    await:
        async:
            try:
                time.sleep(100)
            finally:
                q.put("child cancelled")
        yield "paused"


it = holder()
print(next(it))
del it
gc.collect()
print(q.get(timeout=30))
