# print() from many threads: each call is one atomic write, even with several
# arguments, sep= and end=, and to sys.stderr. A child process prints; this
# program checks every line it produced.
import subprocess, sys

CHILD = """
import sys
def worker(k):
    for i in range(300):
        if i % 3 == 0:
            print("T%02d" % k, i, "x" * 50, sep=":", end=":END\\n")
        elif i % 3 == 1:
            sys.stdout.write("T%02d:%d:%s:END\\n" % (k, i, "x" * 50))
        else:
            print("T%02d" % k, i, "x" * 50, sep=":", end=":END\\n", file=sys.stderr)
await:
    for k in range(16):
        async: worker(k)
"""
r = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True)
out = r.stdout.splitlines()
err = r.stderr.splitlines()
def intact(line):
    parts = line.split(":")
    return len(parts) == 4 and parts[0][0] == "T" and parts[2] == "x" * 50 and parts[3] == "END"
print(r.returncode, len(out), len(err))
print(all(intact(l) for l in out), all(intact(l) for l in err))
print(len(set(out + err)) == 16 * 300)
