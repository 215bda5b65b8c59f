# sys.exit() in a background thread (a spawn with no group around it) ends that
# thread quietly, as it ends a threading.Thread in CPython: no "Exception in
# thread" report, and the exit status stays 0.
import sys

def quitter(n):
    print("quitter", n)
    sys.exit(n)

fut = spawn(quitter, 7)
try:
    fut.result()
except SystemExit as e:
    print("the future holds SystemExit", e.code)
print("main goes on")
