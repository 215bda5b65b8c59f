# printf-style % formatting.
print('%s and %s' % ('a', 'b'), '%d%%' % 50, '%r' % 'q', '%s' % [1, 2], '%s' % (1,))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %#x %o %#o %c %c' % (255, 255, 255, 8, 8, 65, 'z'))
print('%.2f %8.3f %-8.1f| %e %.2E %g %G' % (3.14159, 2.5, 2.5, 12345.678, 0.000123, 1e-5, 1e20))
print('%5.2f' % 3.14159, '%.0f' % 2.5, '%.3s' % 'abcdef', '%-6s|' % 'ab', '%6s' % 'ab')
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30}, '%(x)r' % {'x': 'y'})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%i %u' % (7, 8), '%d' % 3.99, '%d' % True, '%s' % None, '%a' % 'é')
print('%s' % 'only', '%%', 'no args' % ())
for bad in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(k)s', 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
try:
    print('%(k)s' % {'j': 1})
except KeyError as e:
    print('KeyError:', e)
print(b'%s-%d' % (b'x', 5))
