# Files opened and never closed are flushed at exit when the program ends from
# a child thread: sys.exit in an async: child, an uncaught exception in a
# child, and SystemExit in a threading.Thread while main ends normally.
import os, subprocess, sys, tempfile

tmp = tempfile.mkdtemp()
CHILD = """
import sys, threading, time
wrote = []
def child(n):
    f = open(%r + str(n), "w")
    f.write("child %%d data" %% n)
    wrote.append(n)
    while len(wrote) < 2:  # both children have written before one ends it
        time.sleep(0.001)
    %s
main = open(%r + "main", "w")
main.write("main data")
print("stdout data", end="")
await:
    async: child(1)
    async: child(2)
"""
for label, ending in [("sys.exit(6)", "sys.exit(6) if n == 2 else None"),
                      ("exception", "1 / (n - 2)"),
                      ("background", "threading.Thread(target=sys.exit, args=(0,)).start()")]:
    base = os.path.join(tmp, "f")
    code = CHILD % (base, ending, base)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    got = []
    for name in ("main", "1", "2"):
        with open(base + name) as f:
            got.append(f.read())
        os.remove(base + name)
    print(label, r.returncode, repr(r.stdout), got, r.stderr.strip().splitlines()[-1:])
os.rmdir(tmp)
