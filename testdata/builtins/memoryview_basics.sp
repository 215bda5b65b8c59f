# memoryview over bytes and bytearray: indexing, slicing (shared buffer), tolist/tobytes/hex, cast, release and with, equality, hashing, errors.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)

b = b"hello world"
m = memoryview(b)
t("len", lambda: len(m))
t("idx", lambda: (m[0], m[-1], m[4]))
t("slice", lambda: (m[1:4].tobytes(), bytes(m[::2]), m[::-1].tobytes()))
t("tolist", lambda: m[:5].tolist())
t("attrs", lambda: (m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj is b, m.contiguous))
t("eq", lambda: (m == b, m[:5] == b"hello", m == bytearray(b), m != b"x", m == memoryview(b), m == [104]))
t("hex", lambda: (m[:3].hex(), m[:3].hex(':')))
t("iter", lambda: list(m[:3]))
t("in", lambda: 104 in m)
t("bytes", lambda: (bytes(m), bytearray(m[:2]), b"<" + m[:2], b"-".join([m[:2], m[3:5]])))
t("hash", lambda: hash(m) == hash(b))
t("ro set", lambda: m.__setitem__(0, 1))
ba = bytearray(b"abcdef")
w = memoryview(ba)
def mut():
    w[0] = ord("z")
    w[1:3] = b"XY"
    sub = w[3:]
    sub[0] = 0x21
    return ba
t("mut", mut)
t("w ro", lambda: (w.readonly, w.toreadonly().readonly))
t("hash w", lambda: hash(w))
t("bad val", lambda: w.__setitem__(0, 300))
t("bad size", lambda: w.__setitem__(slice(0, 2), b"abc"))
t("bad idx", lambda: w[10])
t("bad key", lambda: w["a"])
t("del", lambda: w.__delitem__(0))
c = memoryview(bytearray(range(8))).cast("B")
t("cast B", lambda: c.tolist())
i32 = memoryview(bytes([1, 0, 0, 0, 255, 255, 255, 255])).cast("i")
t("cast i", lambda: (i32.tolist(), len(i32), i32.itemsize, i32.format, i32.nbytes, i32[1]))
t("cast I", lambda: memoryview(bytes([1, 0, 0, 0, 255, 255, 255, 255])).cast("I").tolist())
t("cast H back", lambda: memoryview(b"\x01\x02\x03\x04").cast("H").cast("B").tolist())
t("cast bad", lambda: memoryview(b"abc").cast("H"))
t("cast c", lambda: memoryview(b"ab").cast("c").tolist())
t("cast d", lambda: memoryview(bytes(8)).cast("d").tolist())
t("cast nn", lambda: memoryview(bytes(8)).cast("i").cast("H"))
def rel():
    mm = memoryview(b"abc")
    with mm as v:
        r = v.tobytes()
    try:
        mm[0]
    except ValueError as e:
        return (r, str(e))
t("release ctx", rel)
def rel2():
    mm = memoryview(b"abc")
    mm.release()
    mm.release()
    try:
        len(mm)
    except ValueError as e:
        return str(e)
t("release", rel2)
t("type", lambda: (type(m).__name__, isinstance(m, memoryview)))
t("not bytes-like", lambda: memoryview("abc"))
t("from mv", lambda: memoryview(m[2:5]).tobytes())
import struct
t("struct", lambda: struct.unpack("<HH", memoryview(b"\x01\x00\x02\x00")))
t("decode", lambda: bytes(m[:5]).decode())
t("str", lambda: str(m[:2], "ascii"))
t("b''.join", lambda: b"".join([memoryview(b"ab"), b"c"]))
t("ba extend", lambda: (lambda x: (x.extend(memoryview(b"yz")), x)[1])(bytearray(b"x")))
t("bool", lambda: (bool(memoryview(b"")), bool(m)))
t("find in bytes", lambda: b"hello".find(memoryview(b"ll")))
