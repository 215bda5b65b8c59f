import gzip
import zlib
import os
import tempfile

data = b"line one\nline two\n" * 50
c = gzip.compress(data)
print(c[:4], c[8:10], gzip.decompress(c) == data)
print(gzip.compress(b"x", mtime=0)[4:8], gzip.compress(b"x", 1, mtime=0)[8:10])
print(gzip.decompress(gzip.compress(b"ab") + gzip.compress(b"cd")), gzip.decompress(b""))
print(gzip.decompress(gzip.compress(b"a") + b"\x00\x00"), gzip.decompress(bytearray(gzip.compress(b"ba"))))
# produced by CPython's gzip.compress(b"spindle", mtime=0)
cpython = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03+.\xc8\xccK\xc9I\x05\x00\x85_[\xbf\x07\x00\x00\x00'
print(gzip.decompress(cpython))

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "notes.txt.gz")
    with gzip.open(p, "wb") as f:
        print(f.write(b"alpha\n"), f.write(bytearray(b"beta\n")), f.writable(), f.readable(), f.mode == gzip.WRITE)
        f.writelines([b"gamma\n", b"delta"])
    print(f.closed)
    with gzip.open(p) as f:
        print(f.read(3), f.readline(), f.read(), f.read())
    with gzip.open(p, "rb") as f:
        print([line for line in f], f.mode == gzip.READ, f.name == p)
    with open(p, "rb") as raw:
        header = raw.read(32)
    print(header[:4], header[10:20], header[9])
    with gzip.open(p, "ab") as f:
        f.write(b"\nepsilon\n")
    with gzip.open(p, "rb") as f:
        print(f.readlines())

    t = os.path.join(d, "t.gz")
    with gzip.open(t, "wt") as f:
        print(f.write("héllo\n"), f.write("wörld\r\nlast"))
    with gzip.open(t, "rt") as f:
        print(f.read())
    with gzip.open(t, "rt", encoding="utf-8") as f:
        print(f.readline(), f.read(4), f.readlines())
    with gzip.open(t, "rt", encoding="latin-1") as f:
        print(list(f))
    with gzip.open(t, "wt", encoding="latin-1") as f:
        f.write("é")
    print(gzip.decompress(open(t, "rb").read()))

    g = gzip.GzipFile(os.path.join(d, "g.gz"), "wb", mtime=0)
    g.write(b"via GzipFile")
    g.close()
    g = gzip.GzipFile(os.path.join(d, "g.gz"))
    print(g.read(), g.mode)
    g.close()

    bad = os.path.join(d, "bad.gz")
    with open(bad, "wb") as f:
        f.write(b"hello world")
    trunc = os.path.join(d, "trunc.gz")
    with open(trunc, "wb") as f:
        f.write(gzip.compress(b"abcdef" * 10)[:-5])
    w = gzip.open(os.path.join(d, "w.gz"), "wb")
    r = gzip.open(p, "rb")
    for call in [lambda: gzip.decompress(b"hello world junk"), lambda: gzip.decompress(gzip.compress(b"abc")[:-2]),
                 lambda: gzip.decompress(gzip.compress(b"a") + b"xx"), lambda: gzip.open(os.path.join(d, "nope", "x.gz")),
                 lambda: gzip.open(p, "z"), lambda: gzip.open(p, "rb", encoding="utf-8"), lambda: gzip.open(p, "rtb"),
                 lambda: gzip.compress("x"), lambda: gzip.open(3.5), lambda: gzip.open(bad).read(),
                 lambda: gzip.open(trunc).read(), lambda: w.read(), lambda: r.write(b"x"), lambda: gzip.open(p, "x"),
                 lambda: gzip.compress(b"x", 12), lambda: gzip.open(p, "wb", newline="\n")]:
        try:
            print(call())
        except gzip.BadGzipFile as e:
            print("BadGzipFile:", e)
        except zlib.error as e:
            print("zlib.error:", e)
        except (TypeError, ValueError, EOFError, OSError) as e:
            print(type(e).__name__ + ":", str(e).replace(d, "DIR"))
    w.close()
    r.close()
    try:
        r.read()
    except ValueError as e:
        print("ValueError:", e)
print(issubclass(gzip.BadGzipFile, OSError))
