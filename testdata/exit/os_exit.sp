# os._exit ends the process at once: no finally, no atexit, no flush of buffered output.
import os, subprocess, sys, tempfile

path = os.path.join(tempfile.mkdtemp(), "o.txt")
code = "\n".join([
    "import atexit, os, sys",
    "atexit.register(lambda: print('atexit ran'))",
    "f = open(%r, 'w')" % path,
    "f.write('buffered, never flushed')",
    "print('buffered stdout, lost')",
    "try:",
    "    os._exit(4)",
    "finally:",
    "    print('finally ran')",
])
r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
with open(path) as f:
    print(repr(f.read()))
r = subprocess.run([sys.executable, "-c", "import os; print('x', flush=True); os._exit(0)"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout))
try:
    os._exit("no")
except TypeError as e:
    print("TypeError")
os.remove(path)
os.rmdir(os.path.dirname(path))
