# an int argument too big for a machine word is CPython's OverflowError (Py_ssize_t
# conversion), for builtins and for threading's primitives alike (was "must be int, not int")
import threading
def tr(title, fn):
    try:
        print(title, "->", fn())
    except (OverflowError, TypeError) as e:
        print(title, "->", type(e).__name__, e)
tr("center", lambda: "abc".center(10**20))
tr("ljust", lambda: "abc".ljust(-10**20))
tr("zfill", lambda: "7".zfill(10**30))
tr("semaphore", lambda: threading.Semaphore(2**63 - 1).acquire())
