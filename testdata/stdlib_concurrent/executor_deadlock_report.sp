# A task that waits on a task queued behind it in a one-worker pool deadlocks: the
# DeadlockError report names the worker running the future the main thread waits on
# (Spindle-only: CPython hangs)
import re
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool")
def inner():
    return 1
def outer():
    return ex.submit(inner).result()
try:
    ex.submit(outer).result()
except DeadlockError as e:
    lines = str(e).splitlines()
    print(lines[0])
    for line in sorted(lines[1:]):
        print(re.sub(r"0x[0-9a-f]+", "0x...", line))
ex.shutdown(wait=False, cancel_futures=True)
