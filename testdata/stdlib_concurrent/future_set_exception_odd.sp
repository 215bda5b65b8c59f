# concurrent.futures.Future made directly: set_exception with a class, a
# non-exception or None, InvalidStateError, callbacks added after done
from concurrent.futures import Future, InvalidStateError, CancelledError, wait, FIRST_EXCEPTION

import re

def attempt(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, re.sub("0x[0-9a-f]+", "0x...", str(e)))

def state(f):
    return repr(f).split("state=")[1]

f = Future()
f.set_exception(ValueError)
print(state(f), f.done())
attempt("exception()", lambda: f.exception() is ValueError)
attempt("result()", f.result)
attempt("result() again", f.result)

g = Future()
g.set_exception(5)
print(state(g))
attempt("exception()", g.exception)
attempt("result()", g.result)
print(wait([g], return_when=FIRST_EXCEPTION).done == {g})

h = Future()
h.set_exception(None)
print(state(h))
attempt("result()", h.result)

k = Future()
k.set_result(3)
attempt("set_result again", lambda: k.set_result(4))
attempt("set_exception after", lambda: k.set_exception(KeyError("x")))
seen = []
k.add_done_callback(lambda fut: seen.append(("cb", fut.result())))
print(seen)

c = Future()
print(c.cancel(), c.cancelled(), state(c))
attempt("result()", c.result)
attempt("set_result", lambda: c.set_result(1))
c.add_done_callback(lambda fut: seen.append(("cancelled cb", fut.cancelled())))
print(seen)

p = Future()
attempt("result(timeout=0)", lambda: p.result(timeout=0))
attempt("exception(timeout=0.01)", lambda: p.exception(timeout=0.01))
print(p.set_running_or_notify_cancel(), p.running(), p.cancel())
p.add_done_callback(lambda fut: seen.append(("late", fut.exception())))
p.set_exception(OSError(2, "gone"))
print(seen[-1])
