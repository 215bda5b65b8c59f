# format() and str() of floats with various specs.
x = 1234.5678
print(format(x, '.2f'), format(x, '10.1f'), format(x, '<10.1f') + '|', format(x, 'e'), format(x, '.3e'))
print(format(x, 'g'), format(x, '.3g'), format(1e-5, 'g'), format(1e16, 'g'), format(123456789.0, 'g'))
print(format(x, ',.2f'), format(x, '_.1f'), format(x, '+.0f'), format(-x, ' .1f'), format(x, ' .1f'))
print(format(0.5, '%'), format(0.125, '.1%'), format(2.5, '.0f'), format(3.5, '.0f'))
print(format(1.0, ''), format(1e20, ''), format(0.1, 'r') if False else '', format(1.5, 'n'))
print(format(float('inf'), '.2f'), format(float('nan'), '5'), format(-0.0, '.1f'), format(-0.0001, '.1f'))
print(format(3.14159, '010.3f'), format(-3.14159, '010.3f'), format(3.14159, '^10.2f') + '|')
print(format(12.0, '#.0f'), format(12.0, '.0e'), format(12.0, '#g'), format(0.0, 'g'))
print(format(1e100, '.3'), format(123.456, '.2'), format(100.0, '.2'))
print(str(1e16), str(1e-5), str(123456789.123456789))
print('%.3f' % 2.0005, '%.2f' % 2.675, '%.0f' % 0.5, '%.0f' % 1.5)
