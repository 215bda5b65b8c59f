# bytes operations and methods.
b = b'Hello, World'
print(b.lower(), b.upper(), b.split(b', '), b.replace(b'l', b'L'), b.find(b'o'), b.count(b'l'))
print(b.startswith(b'He'), b.endswith(b'd'), b[0], b[-1], b[:5], b[::-1])
print(b.hex(), bytes.fromhex('48 69'), b'a'.join([b'x', b'y']), b' pad '.strip())
print(list(b'abc'), bytes([0, 255]), bytes('é', 'utf-8'), len(bytes(5)))
print(b'abc' < b'abd', b'abc' == b'abc', b'ab' * 2, b'x' + b'y', b'b' in b'abc')
print(b.decode(), b.decode('ascii'), str(b), repr(b'\x00'))
print(b'a,b'.partition(b','), b'abc'.isalpha(), b'123'.isdigit(), b'  '.isspace())
print(b'%d' % 5, b'abc'.index(b'c'), bytes(b'copy'), b'AbC'.swapcase())
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    b'a'[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    bytes('x')
except TypeError as e:
    print('TypeError:', e)
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
