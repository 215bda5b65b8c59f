# bytes.maketrans / bytes.translate / bytearray.translate.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[95:101], type(t).__name__)
print(b"aabbcc-abc".translate(t), b"hello world".translate(None, b"lo"), b"abc".translate(t, delete=b"b"))
print(bytearray(b"cab").translate(t), type(bytearray.maketrans(b"a", b"b")).__name__)
print(b"\x00\xff".translate(bytes(range(255, -1, -1))))
for f in (lambda: bytes.maketrans(b"ab", b"x"), lambda: b"a".translate(b"short"),
          lambda: b"a".translate("x" * 256), lambda: bytes.maketrans("a", "b"),
          lambda: b"a".translate(None, "a")):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
