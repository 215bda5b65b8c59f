# format() of ints, hex/oct/bin, grouping.
n = 255
print(format(n, 'x'), format(n, 'X'), format(n, '#x'), format(n, '#X'), format(n, 'o'), format(n, '#o'), format(n, 'b'), format(n, '#b'))
print(format(-n, 'x'), format(-n, '#x'), format(n, '08b'), format(n, '#010b'), format(-n, '#010x'))
print(format(1234567, ','), format(1234567, '_'), format(0xFFFFFFFF, '_x'), format(-1234, ','))
print(format(n, 'c') if n < 0x110000 else '', format(65, 'c'), format(n, 'd'), format(n, 'n'))
print(format(42, '5') + '|', format(42, '<5') + '|', format(42, '^5') + '|', format(42, '*>6'), format(42, '=+6'))
print(format(-42, '06'), format(42, '+'), format(42, ' '), format(-42, ' '))
print(format(10**20, ','), format(255, 'e'), format(3, '.2f'), format(3, '%'))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70))
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(10, '.2d')
except ValueError as e:
    print('ValueError:', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
