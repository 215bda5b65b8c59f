# Methods and attributes of int.
n = 255
print(n.bit_length(), n.to_bytes(2, 'big'), n.to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff', 'big', signed=True), (-1).to_bytes(2, 'big', signed=True))
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((10).__add__(5), (10).__mul__(2), (7).__floordiv__(2), (7).__neg__())
print((3).as_integer_ratio(), (-42).__abs__(), (5).__bool__(), (0).__bool__())
print(int.__name__, (12).__index__())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
print((2**70).bit_length(), (-(2**70)).bit_length())
