# Binary files and BytesIO take memoryviews (write, readinto into a bytearray or a view of one).
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "x.bin")
with open(p, "wb") as f:
    print(f.write(memoryview(b"hello world")[6:]))
buf = bytearray(8)
with open(p, "rb") as f:
    n = f.readinto(buf)
print(n, buf)
buf = bytearray(b"........")
with open(p, "rb") as f:
    n = f.readinto(memoryview(buf)[2:5])
    rest = f.read()
print(n, buf, rest)
with open(p, "rb") as f:
    try:
        f.readinto(b"xx")
    except TypeError as e:
        print("TypeError", e)
bio = io.BytesIO()
bio.write(memoryview(b"abcdef")[1:3])
print(bio.getvalue())
os.remove(p)
os.rmdir(d)
