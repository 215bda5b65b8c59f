# format(), str.format, f-strings and % with complex numbers.
z = 1.5+2.25j
print(f"{z}", f"{z!r}", f"{z!s}", f"{z:.2f}", f"{z:>20}", f"{z:<20}|", f"{z:^20}|", f"{z:*^24.3e}")
print(format(1j, '>10'), '{:g}'.format(3-4j), '{0.real} {0.imag}'.format(z), '%s %r' % (1j, 2j))
specs = ['', '.2', '.0f', '.3e', 'E', 'g', 'G', 'F', 'n', '+', '-', ' ', '#', '#.0e', '#g', ',', '_', ',.2f', 'z.1f', '10', '<30', '+.3g', '12.1f']
values = [1+2j, -1.5-0.25j, 0j, -0j, complex(-0.0, 0.0), 1j, -1j, 1234567.5+0.001j, 1e20+1e-20j, complex(float('nan'), float('inf')),
          complex(-float('inf'), -float('nan')), complex(-0.0, -0.0), 2.5+0j]
for v in values:
    print(repr(v), '|'.join(format(v, s) for s in specs))
for s in ['%', '010', '=10', '0<10', 'x', 's', 'd', 'c', ',_', '.2.3', 'bad']:
    try:
        print(repr(s), format(1+2j, s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for e in ["'%d' % 1j", "'%f' % 1j", "'%x' % 1j", "'%.2s' % 1j", "f'{1j:d}'"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__ + ':', ex)
