# One file object shared by eight threads: each write() is atomic, so the
# lines come back intact; closing it from two threads at once is safe (the
# second close is a no-op) and later writes raise ValueError.
import os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "shared.txt")
f = open(path, "w")

def writer(w):
    for i in range(1000):
        f.write("w%d line %04d %s\n" % (w, i, "=" * 40))

await:
    for w in range(8):
        async: writer(w)

closers = []
def closer(k):
    f.close()
    closers.append(k)

await:
    for k in range(2):
        async: closer(k)
print(f.closed, sorted(closers))
try:
    f.write("late")
except ValueError as e:
    print("ValueError", e)

with open(path) as g:
    lines = g.read().splitlines()
ok = all(l.split(" ")[3] == "=" * 40 and len(l) == 53 for l in lines)
print(len(lines), len(set(lines)), ok)

# Many threads each opening, appending to and closing the same path.
def appender(w):
    for i in range(50):
        with open(path, "a") as h:
            h.write("a%d %d\n" % (w, i))
await:
    for w in range(8):
        async: appender(w)
with open(path) as g:
    tail = [l for l in g.read().splitlines() if l.startswith("a")]
print(len(tail), len(set(tail)))

# Two threads close one file while a third writes to it.
f = open(path, "w")
outcomes = []
def late_writer():
    for i in range(2000):
        try:
            f.write("x")
        except ValueError:
            outcomes.append("closed")
            return
    outcomes.append("finished")
await:
    async: late_writer()
    async: f.close()
    async: f.close()
print(f.closed, len(outcomes), outcomes[0] in ("closed", "finished"))
os.remove(path)
os.rmdir(d)
