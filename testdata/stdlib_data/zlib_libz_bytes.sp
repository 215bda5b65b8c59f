# zlib.compress / compressobj produce CPython's bytes (the C zlib): levels, wbits, strategies, flush modes, zdict, errors
import zlib, base64
data = b"The quick brown fox jumps over the lazy dog. " * 20
for lvl in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lvl)
    print(lvl, len(c), c[:12], zlib.decompress(c) == data)
print(zlib.compress(b"a" * 100), base64.b64encode(zlib.compress(b"hello hello hello")))
print(zlib.compress(b""), zlib.compress(b"x", wbits=-15), len(zlib.compress(data, wbits=31)), zlib.compress(b"abc", 9, -9))
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
parts = [co.compress(data[:100]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[100:]), co.flush(zlib.Z_FULL_FLUSH), co.compress(b"end"), co.flush()]
print([len(p) for p in parts], b"".join(parts)[:20])
print(zlib.decompress(b"".join(parts), -15) == data + b"end")
co2 = zlib.compressobj(zdict=b"quick brown fox"); out = co2.compress(b"quick brown fox jumps") + co2.flush(); print(out, len(out))
do = zlib.decompressobj(zdict=b"quick brown fox"); print(do.decompress(out))
co3 = zlib.compressobj(strategy=zlib.Z_HUFFMAN_ONLY); print(len(co3.compress(data) + co3.flush()))
co4 = zlib.compressobj(); co4.compress(b"x"); co4.flush()
try:
    co4.flush()
except zlib.error as e:
    print("error:", e)
for bad in [lambda: zlib.compress(b"x", 10), lambda: zlib.compressobj(wbits=3), lambda: zlib.compressobj(memLevel=0)]:
    try:
        bad()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
