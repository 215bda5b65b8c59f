# ThreadGroup edges: a subclass's object is what `with` binds and what ThreadGroup.current gives; __exit__ called
# by hand out of turn is a RuntimeError; cancel() on the background group cancels its running threads and leaves it
# open for later spawns; spawning from a Future's callback into a group that has finished is a RuntimeError
import threads, time

class Tracked(ThreadGroup):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log = []

    def spawn(self, fn, *args, **kwargs):
        self.log.append(fn.__name__)
        return super().spawn(fn, *args, **kwargs)

def work(x):
    return x * 2

with Tracked(name="tracked") as g:
    futs = [g.spawn(work, i) for i in range(3)]
    print(type(g).__name__, ThreadGroup.current is g, g.name)
    await:
        print("inner group is another:", ThreadGroup.current is not g)
    async: print("async: block sees", type(ThreadGroup.current).__name__)
print([f.result() for f in futs], g.log, isinstance(g, ThreadGroup))

# __exit__ out of turn
g = ThreadGroup(name="by-hand")
try:
    g.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
g.__enter__()
f = g.spawn(work, 21)
print(g.__exit__(None, None, None), f.result())
try:
    g.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.__enter__()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadGroup.current.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)

# the background group: cancel() ends the threads running in it now, later spawns run
ev = threads.Event()
started = threads.Semaphore(0)
def waiter():
    started.release()
    ev.wait()
bg = [spawn(waiter), spawn(waiter)]
started.acquire()
started.acquire()
ThreadGroup.current.cancel()
print([type(f.exception()).__name__ for f in bg], [f.cancelled() for f in bg])
print("spawn after:", spawn(work, 5).result())

# a Future's callback spawning into its group after the group has finished
out = []
with ThreadGroup(name="done-group") as g:
    f = g.spawn(work, 1)
def cb(fut):
    try:
        g.spawn(work, 2)
    except RuntimeError as e:
        out.append(str(e))
f.add_done_callback(cb)
print(out)

# ... and while it is still joining: the spawn is accepted and joined
res = []
with ThreadGroup(name="joining") as g:
    f = g.spawn(time.sleep, 0.01)
    f.add_done_callback(lambda fut: res.append(g.spawn(work, 3)))
print([r.result() for r in res])
