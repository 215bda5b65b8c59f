# strip family, padding, justification.
print(repr('  x  '.strip()), repr('  x  '.lstrip()), repr('  x  '.rstrip()))
print(repr('xxhixx'.strip('x')), repr('abchiabc'.strip('cba')), repr('\t\n x\r'.strip()))
print('www.example.com'.lstrip('cmowz.'), 'mississippi'.rstrip('ips'))
print('prefix_body'.removeprefix('prefix_'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
print(repr('ab'.center(7)), repr('ab'.center(7, '*')), repr('abc'.center(6, '-')), repr('ab'.center(1)))
print(repr('ab'.ljust(5)), repr('ab'.rjust(5, '0')), repr('abc'.ljust(2)))
print('42'.zfill(5), '-42'.zfill(5), '+4'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
