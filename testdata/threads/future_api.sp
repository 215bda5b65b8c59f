# the Future API of LANGUAGE.md §2.4: name, repr in each state, done/running/cancelled, result and exception with
# timeouts (TimeoutError), add_done_callback before and after the end, cancel() of a running and of a finished thread
import threads, time
ev = threads.Event()
def w():
    ev.wait()
    return 42
def bad():
    raise ValueError("v")
log = []
with ThreadGroup() as g:
    f = g.spawn(w, name="waiter")
    print(repr(f), f.name, f.done(), f.running(), f.cancelled())
    try:
        f.result(timeout=0.01)
    except TimeoutError as e:
        print("result timeout", repr(e))
    try:
        f.exception(timeout=0)
    except TimeoutError as e:
        print("exception timeout", repr(e))
    f.add_done_callback(lambda fut: log.append(("cb", fut.result())))
    ev.set()
    print(f.result(), f.exception(), f.done())
    print(repr(f))
    f.add_done_callback(lambda fut: log.append(("late", fut.result())))
    print(f.cancel())
print(sorted(log))
with ThreadGroup() as g:
    f2 = g.spawn(threads.Event().wait)
    print(f2.cancel())
    try:
        f2.result()
    except Cancelled as e:
        print("Cancelled", repr(e))
    print(repr(f2), f2.cancelled(), repr(f2.exception()))
print(repr(f2), f2.cancel())
try:
    with ThreadGroup() as g:
        f3 = g.spawn(bad)
        print(type(f3.exception()).__name__)
except ValueError:
    pass
print(repr(f3))
f4 = spawn(lambda: 1)
print(f4.result(), repr(f4))
print(type(f4), type(f4).__name__)
try:
    f4.result(1, 2)
except TypeError as e:
    print(e)
try:
    f4.name = "x"
except Exception as e:
    print(type(e).__name__, e)

