# Spindle: opening and reading a FIFO are cancellable (with timeout()); a reader and a writer thread meet on it.
import os, tempfile, time
d = tempfile.mkdtemp()
p = os.path.join(d, "fifo")
os.mkfifo(p)
try:
    with timeout(0.2):
        open(p).read()
except TimeoutError:
    print("open of fifo without writer timed out")
await:
    async:
        with open(p) as f:
            print("reader got", repr(f.read()))
    async:
        with open(p, "w") as f:
            f.write("through the fifo\n")
# a reader blocked in read() on the FIFO, cancelled
await:
    async:
        w = open(p, "w")
        time.sleep(0.3)
        w.close()
    async:
        try:
            with timeout(0.1):
                with open(p) as f:
                    f.read()
        except TimeoutError:
            print("read of fifo timed out")
print("done")
