# sys.exit("message") in a child thread: the message goes to stderr and the
# process exits 1, with no traceback, as sys.exit("message") does in the main thread.
import sys

def child():
    print("child runs")
    sys.exit("fatal: giving up")

await:
    async: child()
