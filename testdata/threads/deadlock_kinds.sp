# DeadlockError for waits nobody can end: a Condition nobody notifies, a Barrier short of parties,
# a Queue nobody feeds, two futures waiting on each other, a Mutex cycle; each report names who waits on what
import re, threads

def report(e):
    lines = [re.sub(r"0x[0-9a-f]+", "0x...", l) for l in str(e).splitlines()]
    return [lines[0]] + sorted(lines[1:])

def show(title, fn):
    try:
        fn()
        print(title, "-> no deadlock?")
    except DeadlockError as e:
        print(title)
        for line in report(e):
            print("   ", line)

def condition():
    import threading
    c = threading.Condition()
    with c:
        c.wait()
show("condition", condition)

def barrier():
    import threading
    b = threading.Barrier(3)
    await:
        async: b.wait()
        b.wait()
show("barrier", barrier)

def queue_get():
    q = threads.Queue()
    q.get()
show("queue", queue_get)

def future_cycle():
    box = {}
    ready = threads.Event()
    def first():
        ready.wait()
        return box["b"].result()
    def second():
        ready.wait()
        return box["a"].result()
    with ThreadGroup(name="cycle") as g:
        box["a"] = g.spawn(first, name="A")
        box["b"] = g.spawn(second, name="B")
        ready.set()
show("future cycle", future_cycle)

def mutex_cycle():
    m1, m2 = Mutex("one"), Mutex("two")
    both = threads.Semaphore(0)
    go = threads.Event()
    def left():
        with m1.lock():
            both.release()
            go.wait()
            with m2.lock():
                pass
    def right():
        with m2.lock():
            both.release()
            go.wait()
            with m1.lock():
                pass
    await:
        async: left()
        async: right()
        both.acquire(); both.acquire()
        go.set()
show("mutex cycle", mutex_cycle)
print("after all deadlocks")
