# os.fdopen wraps a descriptor in a file object (CPython 3.11).
import os

r, w = os.pipe()
with os.fdopen(w, "w") as f:
    print(type(f).__name__, f.mode, f.writable())
    f.write("line one\nline two\n")
with os.fdopen(r) as f:
    print(f.readlines())

r, w = os.pipe()
with os.fdopen(w, "wb", buffering=0) as f:
    print(type(f).__name__, f.write(b"\x00\x01"))
with os.fdopen(fd=r, mode="rb") as f:
    print(f.read())

for bad in ["3", 1.5, None]:
    try:
        os.fdopen(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.fdopen()
except TypeError as e:
    print("TypeError:", e)
