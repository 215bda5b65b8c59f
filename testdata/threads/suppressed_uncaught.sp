# An uncaught failure of nested groups whose other threads also failed while being cancelled: the first failure's
# traceback (with its spawn sites), then the later failures attached as __suppressed__ (the inner group's first),
# each with its own traceback and its Cancelled context; exit 1
import threads

started = threads.Semaphore(0)

def later(n):
    try:
        started.release()
        threads.Event().wait()
    finally:
        # no call before the raise: a call is a checkpoint and would raise Cancelled
        raise KeyError(n)

def inner():
    await:
        async: later("inner")
        started.acquire()
        started.acquire()
        raise ValueError("first")

await:
    async: later("outer")
    async: inner()
