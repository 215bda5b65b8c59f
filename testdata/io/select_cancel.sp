# Spindle: select.select and select.poll are cancellable checkpoints: a
# timeout() or a failing sibling ends them promptly, and a thread blocked
# in select waits for I/O, so the deadlock detector stays quiet while
# the main thread waits for it.
import os, select, subprocess, threading, time
r, w = os.pipe()
t0 = time.monotonic()
try:
    with timeout(0.1):
        select.select([r], [], [])
except TimeoutError:
    print("select timed out")
p = select.poll()
p.register(r, select.POLLIN)
try:
    with timeout(0.1):
        p.poll()
except TimeoutError:
    print("poll timed out")
try:
    await:
        async:
            select.select([r], [], [], 30)
            print("not reached")
        async:
            time.sleep(0.05)
            raise ValueError("sibling failed")
except ValueError as e:
    print("caught", e)
print("prompt", time.monotonic() - t0 < 5)
# The pipe still works after the cancelled waits.
os.write(w, b"ok")
print(select.select([r], [], [], 1)[0] == [r], os.read(r, 2))

# Main waits on an event that only the selecting thread sets; that thread
# waits for a child process's output: I/O, not a deadlock.
child = subprocess.Popen(["sh", "-c", "sleep 0.2; echo hi"], stdout=subprocess.PIPE)
ready = threading.Event()
def watch():
    select.select([child.stdout], [], [])
    ready.set()
t = threading.Thread(target=watch)
t.start()
ready.wait()
print("child wrote", child.stdout.read())
t.join()
child.wait()
