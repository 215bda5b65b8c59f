# A group refuses spawns once it failed or was cancelled (the spawner gets Cancelled), and once its with block
# and threads have ended (RuntimeError); g.cancel() ends the group without raising; ThreadGroup.current
import threads, time

log = []
with ThreadGroup(name="first-wins") as g:
    g.spawn(time.sleep, 100)
    g.spawn(time.sleep, 100)
    print(ThreadGroup.current is g)
    g.cancel()
    try:
        g.spawn(print, "never")
    except Cancelled:
        log.append("spawn after cancel: Cancelled")
    try:
        time.sleep(1)
    except Cancelled:
        log.append("the block itself is cancelled too")
log.append("cancelled group ended without raising")

try:
    g.spawn(print, "never")
except RuntimeError as e:
    log.append("spawn into ended group: RuntimeError: " + str(e))

def fail():
    raise ValueError("x")
try:
    with ThreadGroup() as g2:
        f = g2.spawn(fail)
        with shield():  # the failure cancels this block too: wait for it without being cancelled
            f.exception()   # the group has failed now
        try:
            g2.spawn(print, "never")
        except Cancelled:
            log.append("spawn into failed group: Cancelled")
            raise
except ValueError as e:
    log.append("group raised ValueError " + str(e))

# a child may spawn siblings into its current group
sizes = []
with ThreadGroup() as g3:
    def child(n):
        if n:
            ThreadGroup.current.spawn(child, n - 1)
            spawn(sizes.append, n)
    g3.spawn(child, 3)
print(sorted(sizes), ThreadGroup.current is None or type(ThreadGroup.current).__name__)
for line in log:
    print(line)
