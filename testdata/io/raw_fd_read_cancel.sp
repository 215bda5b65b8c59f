# Spindle: os.read on a descriptor Spindle does not poll (here one that open(fd) took
# over) is cancellable and loses no data: bytes that arrive after a cancelled read go
# to the next read; a second reader waiting for its turn is cancelled at once.
import os, time
r, w = os.pipe()
owner = open(r, "rb")   # the descriptor now belongs to a file object
try:
    with timeout(0.1):
        os.read(r, 100)
except TimeoutError:
    print("read cancelled")
os.write(w, b"hello")
print(os.read(r, 100))
os.write(w, b"abcdef")
print(os.read(r, 2), os.read(r, 100))

t0 = time.monotonic()
def second():
    try:
        with timeout(0.1):
            os.read(r, 100)
        return "read?"
    except TimeoutError:
        return time.monotonic() - t0 < 2
with ThreadGroup() as g:
    first = g.spawn(os.read, r, 100)
    time.sleep(0.05)
    print("second reader cancelled promptly:", g.spawn(second).result())
    os.write(w, b"for the first")
print(first.result())
os.close(w)
print(os.read(r, 100))
