# gzip.compress gives CPython 3.11's bytes: zlib's gzip container for mtime=0, else the simple header (xfl by level, OS 255) over raw deflate
import gzip, zlib
data = b"hello world " * 30 + bytes(range(256))
for lvl in (9, 6, 1, 0):
    for mt in (0, 1234567890):
        c = gzip.compress(data, lvl, mtime=mt)
        print(lvl, mt, len(c), c[:16], c[-8:], gzip.decompress(c) == data)
print(len(gzip.compress(b"")), gzip.compress(b"", mtime=5))
print(len(gzip.compress(data)) == len(gzip.compress(data, mtime=99)))
