# str.format(): positional, keyword, indexing, attributes, conversions, braces.
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2))
print('{0[1]} {0[k]} {1.real}'.format({1: 'one', 'k': 'kay'}, 5))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'), '{{}} {{{}}}'.format(7))
print('{:>6}|{:<6}|{:^6}|{:*^7}|'.format('ab', 'ab', 'ab', 'ab'))
print('{:,}'.format(1234567), '{:_}'.format(1234567), '{:,.2f}'.format(1234567.891), '{:.3%}'.format(0.25))
print('{:08.3f}'.format(-3.14159), '{:+}'.format(5), '{:x}'.format(255), '{:#b}'.format(5))
print('{0:{1}}|'.format('x', 4), '{:{w}.{p}f}'.format(3.14159, w=8, p=2), '{:{}{}}'.format(3, '>', 4))
print('{:.2}'.format('abcdef'), '{:10.2}|'.format('abcdef'), '{:s}'.format('s'))
print('{}'.format(None), '{:>5}'.format(True), '{:d}'.format(True), '{}'.format(1.0))
print('{:=+8d}'.format(42), '{:=8}'.format(-42), '{:0>5}'.format(7), '{:05}'.format(-7))
for fmt, args in [('{}', ()), ('{0} {}', (1, 2)), ('{x}', ()), ('{', ()), ('}', ()), ('{:d}', ('s',))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('{0}{0}'.format('ab'), 'a{}c'.format(''), '{:}'.format(12))
print(format('abc', '>5'), format(12, ''), format([1, 2]), format(None))
print('{k}'.format_map({'k': 'mapped'}))
