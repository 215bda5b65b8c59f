# struct pack/unpack/calcsize with byte orders, struct.error messages; uuid
import struct, uuid

print(struct.pack("<hHiIqQfd", -2, 2, -3, 3, -4, 4, 1.5, 2.25))
print(struct.unpack(">hHiIqQfd", struct.pack(">hHiIqQfd", -2, 2, -3, 3, -4, 2**64 - 1, 1.5, 2.25)))
print(struct.pack("!I", 0xdeadbeef), struct.pack("=bB?", -1, 255, True), struct.pack("@bi", 1, 2), struct.pack("<3s2xc", b"ab", b"z"))
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@bq"), struct.calcsize("@ihq"), struct.calcsize("@ci?dL"), struct.calcsize("<4s i h"))
print(struct.unpack("<4sxh", b"abcd\x00\x05\x00"), struct.unpack("<?c", b"\x02x"), struct.unpack("5p", b"\x03abcd"), struct.pack("5p", b"abc"))
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00<"), struct.unpack("<f", struct.pack("<f", 0.1)))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.unpack_from("<h", b"xx\x05\x00", 2), struct.unpack_from("<h", b"xx\x05\x00", offset=2))
s = struct.Struct("<ih")
print(s.format, s.size, s.pack(7, -1), s.unpack(b"\x07\x00\x00\x00\xff\xff"), s.unpack_from(b"..\x01\x00\x00\x00\x02\x00", 2))
print(struct.pack("<Q", 2**64 - 1), struct.unpack("<q", b"\xff" * 8), struct.pack("<3i", 1, 2, 3))
cases = [("b", 200), ("B", -1), ("h", 40000), ("H", -1), ("i", 2**31), ("<I", -1), ("<l", 2**31), ("<q", 2**63),
         ("<Q", -1), (">L", 2**32), ("!H", 70000), ("B", "x"), ("f", "x"), ("s", 1), ("<i", 1.5), ("c", b"ab")]
for f, v in cases:
    try:
        struct.pack(f, v)
    except struct.error as e:
        print(f, "error:", e)
for args in [("ii", 1), ("i", 1, 2), ("z",), ("3",)]:
    try:
        struct.pack(*args)
    except struct.error as e:
        print(args, "error:", e)
try:
    struct.unpack("<ih", b"123")
except struct.error as e:
    print("error:", e)
try:
    struct.pack("<f", 1e40)
except OverflowError as e:
    print("OverflowError:", e)

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u)
print(uuid.UUID(fields=u.fields if hasattr(u, "fields") else (0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.NAMESPACE_URL)
r = uuid.uuid4()
print(r.version, len(str(r)), str(r)[14], r != uuid.uuid4(), isinstance(r, uuid.UUID))
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), {u: 1}[uuid.UUID(str(u))])
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
print(u.fields, u.time, u.clock_seq)
a = uuid.uuid1()
print(a.version, a.variant, len(a.hex), uuid.uuid1(node=0x123456789abc, clock_seq=5).node == 0x123456789abc, uuid.uuid1(clock_seq=5).clock_seq)
