# Unicode: code points, len, ord/chr, encoding, comparison by code point.
s = 'héllo wörld 中文 😀'
print(s, len(s), s[1], s[-1], s[12:14])
print([ord(c) for c in 'aé中😀'], chr(233), chr(0x4e2d), chr(128512))
print(s.upper(), s.encode('utf-8'), len(s.encode()))
print('😀'.encode('utf-8'), b'\xf0\x9f\x98\x80'.decode('utf-8'), 'é'.encode('latin-1'))
print(sorted(['b', 'a', 'é', 'Z', 'z', '中']), 'é' > 'z', 'Z' < 'a')
print(s[::-1], 'e\u0301' == 'é', len('e\u0301'))
print(max('abc😀'), min('héllo'), 'ä' in 'Bär')
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    'é'.encode('ascii')
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('utf-8', 'replace'), 'é'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'replace'))
