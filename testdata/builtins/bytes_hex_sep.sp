# bytes.hex(sep, bytes_per_sep): groups counted from the right, or from the left when negative; 0 means no separator.
print(b'abcdef'.hex(':', 2), b'abcdef'.hex(':', -2))
print(b'abcde'.hex('-', 2), b'abcde'.hex('-', -2))
print(b'ab'.hex(b'|'), repr(b''.hex(':')), b'abc'.hex(':', 0))
print(b'abcdefg'.hex(' ', 3), b'abcdefg'.hex(' ', -3))
print(bytearray(b'xyz').hex('.', -2), memoryview(b'xyz').hex(':'))
print(b'ab'.hex(sep='_', bytes_per_sep=1))
for bad in ['::', 1, 'é', '']:
    try:
        b'ab'.hex(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
