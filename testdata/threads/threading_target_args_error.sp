# a threading.Thread whose target cannot take its arguments: "Exception in thread NAME (target):"
# with a traceback made only of the spawned-at line (no frame of the thread ran); SystemExit
# in a thread ends it quietly; the process exits 1 at the end (§2.7)
import sys
import threading

def add(a, b):
    return a + b

t = threading.Thread(target=add, args=(1,))
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("main continues")
