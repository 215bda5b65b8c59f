from enum import IntFlag, Flag
class I(IntFlag):
    A = 1
    B = 2
print(repr(I.A | 8), str(I.A | 8), repr(I(8)), str(I(8)), repr(I(12)), repr(I.A | I.B | 4), format(I(9)))
print(repr(I(0)), str(I(0)), repr(~I.A))
print((I.A | 8).name, I(8).name, list(I.A | 8), I.A | 8 == 9, (I.A | 8) & I.A)
