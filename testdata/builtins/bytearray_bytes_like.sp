# A bytearray is bytes-like wherever bytes operations take bytes (+, ==,
# join, find, startswith, %, decode, bytes(), binary writes).
ba = bytearray(b'abc')
tests = [
 lambda: b'x' + ba, lambda: ba + b'x', lambda: b'abc' == ba, lambda: ba == b'abc', lambda: b'abd' > ba,
 lambda: b'-'.join([ba, b'q', bytearray()]), lambda: bytes(ba), lambda: str(ba, 'ascii'),
 lambda: b'abcd'.startswith(ba), lambda: b'zabc'.find(ba), lambda: ba in b'zabcz',
 lambda: b'ab'.center(6, bytearray(b'-')), lambda: b'%s|%c' % (ba, bytearray(b'z')),
 lambda: b'aXbXc'.split(bytearray(b'X')), lambda: b'abc'.replace(bytearray(b'b'), bytearray(b'BB')),
 lambda: hash(bytes(bytearray(b'h'))) == hash(b'h'), lambda: {b'abc': 1}.get(bytes(ba)),
 lambda: b'x'.join([1]), lambda: bytes(bytearray()), lambda: b'' + bytearray(b'\x00\xff'),
 lambda: bytearray(b'ab').decode(), lambda: b'ab'.count(bytearray(b'a')), lambda: b'abc'.strip(bytearray(b'ac')),
]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
import io
buf = io.BytesIO()
print(buf.write(bytearray(b'xyz')), buf.getvalue())
