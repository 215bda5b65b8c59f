# queue.Queue put/get block/timeout arguments checked as CPython's queue.py
# does: an unbounded put ignores its timeout, a negative one is ValueError,
# a non-number is TypeError from the comparison
import queue

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

unbounded = queue.Queue()
bounded = queue.Queue(1)
for t in [-1, "x", None, 0, 0.01]:
    attempt("unbounded put timeout=%r" % (t,), lambda: unbounded.put(1, timeout=t))
print(unbounded.qsize())
for t in [-1, "x", 0, 0.01]:
    attempt("bounded put timeout=%r" % (t,), lambda: bounded.put(1, timeout=t))
attempt("bounded put block=False timeout=-1", lambda: bounded.put(2, False, -1))
attempt("bounded put_nowait", lambda: bounded.put_nowait(2))
print(bounded.qsize(), bounded.full())
empty = queue.Queue()
for t in [-1, "x", 0, 0.01]:
    attempt("get timeout=%r" % (t,), lambda: empty.get(timeout=t))
attempt("get block=False timeout=-1", lambda: empty.get(False, -1))
attempt("get_nowait", empty.get_nowait)
attempt("task_done", empty.task_done)
sq = queue.SimpleQueue()
attempt("SimpleQueue put block=False timeout=-5", lambda: sq.put(1, block=False, timeout=-5))
attempt("SimpleQueue get timeout=-1", lambda: sq.get(timeout=-1))
attempt("SimpleQueue get", sq.get)
attempt("SimpleQueue get(False)", lambda: sq.get(False))
attempt("SimpleQueue get timeout=0.01", lambda: sq.get(timeout=0.01))
for name in ["task_done", "join", "maxsize", "mutex"]:
    attempt("SimpleQueue." + name, lambda: getattr(sq, name))
