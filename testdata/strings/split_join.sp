# split/rsplit/splitlines/partition/join, with and without arguments.
print('  a  b\tc\n d  '.split())
print('a,b,,c,'.split(','))
print('a,b,,c,'.split(',', 2), 'a,b,c'.rsplit(',', 1), 'a b c'.rsplit(None, 1))
print(''.split(), ''.split(','), '   '.split(), ' x '.split(' '))
print('a::b::c'.split('::'), 'abc'.split('abc'), 'aaa'.split('a'))
print('  lead'.split(None, 1), 'a b  c  '.split(None, 1), 'a b c'.split(maxsplit=1))
print('l1\nl2\r\nl3\rl4\n'.splitlines(), 'l1\nl2\n'.splitlines(True), ''.splitlines(), 'x\n\n'.splitlines())
print('k=v=w'.partition('='), 'kv'.partition('='), 'k=v=w'.rpartition('='), 'kv'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '+'.join(('1',)))
print(' '.join(str(i) for i in range(5)))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
print('a\tb'.expandtabs(), 'a\tb'.expandtabs(4), '12\t3'.expandtabs(4))
