# base64 encodings and hashlib digests
import base64, hashlib, binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="), base64.b64decode("aGVsbG8=!!"))
print(base64.urlsafe_b64decode("-_-_"), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.standard_b64encode(b"x"))
print(base64.b32decode(b"MZXW6YTBOI======"), base64.b32decode("mzxw6===", casefold=True), base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
for bad in ["aGVsbG8", "a", "abcde", "ab=c"]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
try:
    base64.b64decode("ab!c", validate=True)
except binascii.Error as e:
    print("Error:", e)
for bad in ["ABC", "abc"]:
    try:
        base64.b16decode(bad)
    except binascii.Error as e:
        print("Error:", e)
try:
    base64.b64encode("str")
except TypeError as e:
    print("TypeError:", e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"))

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256"]:
    h = hashlib.new(name, b"hello")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(hashlib.md5(b"abc").digest(), hashlib.sha1("é".encode()).hexdigest(), hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.sha256(bytearray(b"ab")).hexdigest()[:16], "sha256" in hashlib.algorithms_available, "md5" in hashlib.algorithms_guaranteed)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
