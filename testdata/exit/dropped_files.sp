# Files dropped without close() give their descriptors back and keep their data:
# thousands of open(...).write(...) in a loop neither lose lines nor run out of
# file descriptors (CPython closes each at once; Spindle flushes and closes them
# when the garbage collector frees them or at exit, and retries an open that
# hits the descriptor limit after collecting). Order across dropped files is
# not kept: close files whose order matters.
import os, subprocess, sys, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "log.txt")
CHILD = """
for i in range(3000):
    open(%r, "a").write("line %%d\\n" %% i)
f = open(%r, "w")
f.write("still open at exit")
""" % (path, path + ".last")
r = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True)
print(r.returncode, repr(r.stderr))
with open(path) as g:
    lines = g.read().splitlines()
# Spindle flushes dropped files in the order the collector frees them, so
# the lines may land out of order; none is lost or repeated.
print(len(lines), sorted(lines) == sorted("line %d" % i for i in range(3000)))
with open(path + ".last") as g:
    print(g.read())
os.remove(path)
os.remove(path + ".last")
os.rmdir(d)
