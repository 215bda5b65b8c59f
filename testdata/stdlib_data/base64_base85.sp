# base64 Ascii85 / base85: a85encode options (foldspaces, wrapcol, pad, adobe), b85encode pad, decoders and their errors
import base64
samples = [b"", b"h", b"he", b"hel", b"hell", b"hello world", b"\x00\x00\x00\x00", b"\x00", b"    spaces  ", bytes(range(256))[:40], b"\xff\xff\xff\xff"]
for s in samples:
    a = base64.a85encode(s)
    b = base64.b85encode(s)
    print(s[:12], a, b, base64.a85decode(a) == s, base64.b85decode(b) == s)
print(base64.a85encode(b"hello world", pad=True), base64.b85encode(b"hello world", pad=True), base64.a85encode(b"    x", foldspaces=True))
print(base64.a85encode(b"Man is distinguished", adobe=True), base64.a85encode(b"Man is distinguished by his reason", wrapcol=10))
print(base64.a85encode(b"Man is distinguished", adobe=True, wrapcol=7))
print(base64.a85encode(bytearray(b"abc")), base64.b85encode(memoryview(b"abc")))
print(base64.a85decode("<~87cURD]i,\"Ebo80~>", adobe=True), base64.a85decode("87cU RD]i\n,\"Ebo80"), base64.a85decode(b"yy", foldspaces=True), base64.a85decode("z"))
print(base64.b85decode("Xk~0{Zv"), base64.b85decode(b"VPa"), base64.a85decode("GA(E,Ap&"))
for f, arg in [(base64.a85decode, "abc~"), (base64.a85decode, "ab z"), (base64.a85decode, "s8W-\""), (base64.b85decode, "ab\"cd"), (base64.b85decode, "|NsC1"),
               (lambda x: base64.a85decode(x, adobe=True), "<~abc"), (base64.a85encode, "str"), (base64.b85decode, "é")]:
    try:
        print(f(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
