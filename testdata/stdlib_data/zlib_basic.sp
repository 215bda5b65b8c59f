import zlib

data = b"hello hello hello hello, zlib! " * 20
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, c[:2] if level != 0 else c[:1])
print(zlib.decompress(zlib.compress(b"")), zlib.decompress(zlib.compress(bytearray(b"ba"))))
print(zlib.decompress(zlib.compress(data, wbits=-15), wbits=-15) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), wbits=31) == data, zlib.compress(b"x", wbits=31)[:3])
print(zlib.decompress(zlib.compress(data), 47) == data, zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
# produced by CPython's zlib.compress(b"The quick brown fox", 9)
cpython = b'x\xda\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xaf\x00\x00E.\x07\x14'
print(zlib.decompress(cpython), zlib.decompress(cpython + b"trailing"))
print(zlib.crc32(b"hello"), zlib.crc32(b""), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"))
print(zlib.adler32(b"hello"), zlib.adler32(b""), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"hello world"))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2**40), zlib.adler32(b"x" * 100000))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_DEFAULT_COMPRESSION)

co = zlib.compressobj(9)
parts = [co.compress(data[:100]), co.compress(data[100:]), co.flush()]
stream = b"".join(parts)
print(zlib.decompress(stream) == data, type(parts[0]).__name__)
co = zlib.compressobj(wbits=-15)
s1 = co.compress(b"abc") + co.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj(-15)
print(d.decompress(s1))
s2 = co.compress(b"def") + co.flush()
print(d.decompress(s2), d.eof)

d = zlib.decompressobj()
out = b""
for i in range(0, len(stream), 7):
    out += d.decompress(stream[i:i + 7])
out += d.flush()
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"hello") + b"junk"), d.unused_data, d.eof, d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj()
big = zlib.compress(bytes(range(256)) * 40)
chunks = [d.decompress(big, 1000)]
while d.unconsumed_tail:
    chunks.append(d.decompress(d.unconsumed_tail, 1000))
chunks.append(d.flush())
print(b"".join(chunks) == bytes(range(256)) * 40, all(len(c) <= 1000 for c in chunks[:-1]), d.eof)
d = zlib.decompressobj(wbits=47)
print(d.decompress(zlib.compress(b"auto", wbits=31)), d.eof)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"partial")[:5]) in (b"", b"pa"), d.eof)

co = zlib.compressobj()
co.compress(b"a")
co.flush()
for call in [lambda: zlib.decompress(b"hello"), lambda: zlib.decompress(zlib.compress(b"hello world")[:-3]),
             lambda: zlib.decompress(b""), lambda: zlib.compress("x"), lambda: zlib.compress(b"x", 10),
             lambda: zlib.compress(b"x", wbits=5), lambda: zlib.decompress(b"x", 3), lambda: zlib.crc32("x"),
             lambda: zlib.compressobj(11), lambda: zlib.compressobj(method=9), lambda: zlib.decompressobj(3),
             lambda: zlib.decompressobj().decompress(b"abc"), lambda: zlib.decompressobj().decompress(b"x", -1),
             lambda: co.compress(b"b"), lambda: co.flush(), lambda: zlib.decompress(zlib.compress(b"abc")[:-1]),
             lambda: zlib.decompress(zlib.compress(b"abc", wbits=31), wbits=15), lambda: zlib.compress()]:
    try:
        print(call())
    except zlib.error as e:
        print("zlib.error:", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
