# Spindle: a thread blocked reading a pipe whose writer (a sibling) fails ends promptly,
# and the await: raises the writer's exception; os.read and readline on a pipe are
# cancellable checkpoints (with timeout()).
import os, time
r, w = os.pipe()
rf = open(r, "rb")
wf = open(w, "wb")
t0 = time.monotonic()
try:
    await:
        async:
            data = rf.read()
            print("reader got", data)
        async:
            wf.write(b"partial")
            wf.flush()
            time.sleep(0.1)
            raise ValueError("writer failed")
except ValueError as e:
    print("caught", e)
print("prompt", time.monotonic() - t0 < 2)
# os.read cancellable under timeout
r2, w2 = os.pipe()
try:
    with timeout(0.2):
        os.read(r2, 10)
except TimeoutError:
    print("os.read timed out")
# text line read cancellable
f = open(r2, "r")
try:
    with timeout(0.2):
        f.readline()
except TimeoutError:
    print("readline timed out")
os.write(w2, b"after\n")
print(repr(f.readline()))
