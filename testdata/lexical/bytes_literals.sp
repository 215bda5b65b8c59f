# bytes literals and their repr.
b = b'abc'
print(b, type(b).__name__, len(b))
print(b'\x00\xff\n\t', B'x')
print(b"it's", b'say "hi"', b'both \' "')
print(rb'\n', br'\x00', len(rb'\n'))
print(b'abc'[0], b'abc'[-1], b'abc'[1:])
print(list(b'AZ'))
print(b'' == b'', b'a' < b'b', b'ab' + b'cd', b'-' * 3)
print(b'\x7f\x80', b'\r')
print(bytes([72, 105]), bytes(3))
print(b'hello world'.split())
print(b'hello'.upper(), b'Hi'.decode(), 'h\u00e9'.encode())
print(b'abc' == 'abc', b'a' in b'cat', 97 in b'cat')
