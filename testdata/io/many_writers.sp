# Spindle: many threads writing one file object (each write is atomic) and many files at once.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "log.txt")
with open(p, "w") as f:
    await:
        for i in range(100):
            async:
                for j in range(50):
                    f.write("thread %d line %d\n" % (i, j))
lines = open(p).read().splitlines()
print(len(lines), len(set(lines)), all(l.startswith("thread ") for l in lines))
await:
    for i in range(20):
        async:
            with open(os.path.join(d, "f%d" % i), "w") as g:
                g.write(str(i) * 1000)
print(sorted(os.listdir(d))[:3], sum(os.path.getsize(os.path.join(d, n)) for n in os.listdir(d) if n != "log.txt"))
