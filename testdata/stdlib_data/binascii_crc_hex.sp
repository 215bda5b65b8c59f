# binascii: crc32, the b2a_hex/a2b_hex names, unhexlify's own error text; base64.b16decode errors
import binascii, zlib
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), zlib.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"x", -1))
print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b"xyz"), binascii.unhexlify("deadBEEF"), binascii.a2b_hex(b"4142"))
for bad in [lambda: binascii.unhexlify("abc"), lambda: binascii.a2b_hex("zz"), lambda: binascii.crc32("str")]:
    try:
        bad()
    except (binascii.Error, TypeError) as e:
        print(type(e).__name__, e)
import base64
for s, cf in [("DEAD", False), ("dead", False), ("dead", True), ("DEA", False), ("ZZ", True), (b"0a", True)]:
    try:
        print(base64.b16decode(s, casefold=cf))
    except binascii.Error as e:
        print("Error", e)
