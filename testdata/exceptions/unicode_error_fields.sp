# UnicodeEncodeError/UnicodeDecodeError/UnicodeTranslateError: structured args, attributes and str().
for args in [('x',), (1, b'', 0, 1, 'r'), ('u', 'str', 0, 1, 'r'), ('u', b'ab', 'a', 1, 'r'), ('u', b'ab', 0, 1, 5)]:
    try:
        print(repr(UnicodeDecodeError(*args)))
    except TypeError as e:
        print('TypeError:', e)
for args in [('x',), ('a', b'x', 0, 1, 'r'), ('ascii', 'é\U0001F600\u1234', 0, 1, 'r')]:
    try:
        e = UnicodeEncodeError(*args)
        print(repr(e), str(e))
    except TypeError as e:
        print('TypeError:', e)
for s, t in [(1, 2), (2, 3), (0, 3)]:
    print(str(UnicodeEncodeError('ascii', 'é\U0001F600\u1234', s, t, 'r')))
print(str(UnicodeDecodeError('ascii', b'abc', 5, 6, 'r')))
e = UnicodeDecodeError('ascii', bytearray(b'abc'), 1, 3, 'r')
print(str(e), e.object, e.start, e.end, e.reason, e.encoding)
e = UnicodeTranslateError('\xe9', 0, 1, 'no')
print(str(e), e.args, e.encoding, e.object)
print(UnicodeError('x').args, str(UnicodeError('a', 'b')))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.args, e.start, e.end, e.object, e.reason, e.encoding)
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.args, str(e))
for data in [b'a\xff\xfe', b'a\xe2\x82', b'\xc3']:
    try:
        data.decode('utf-8')
    except UnicodeDecodeError as e:
        print(e.args, str(e), e.object[e.start:e.end])
try:
    b'\x80'.decode('ascii')
except UnicodeError as e:
    print(type(e).__name__, e.reason, isinstance(e, ValueError))
raise UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
