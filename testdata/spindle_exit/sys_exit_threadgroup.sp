# SystemExit from a ThreadGroup thread propagates to the with statement; it can
# be caught there like any failure, and uncaught it sets the exit status.
import sys

def child(n):
    sys.exit(n)

try:
    with ThreadGroup() as g:
        g.spawn(child, 5)
except SystemExit as e:
    print("caught SystemExit", e.code)

f = None
try:
    await:
        f = spawn(child, "exit message")
except SystemExit as e:
    print("caught again:", e.code)

with ThreadGroup() as g:
    g.spawn(child, 4)
print("not reached")
