# bool/int/float conversions, truthiness and identity-free equality.
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')))
print(int(7.9), int(-7.9), int('7'), float('7'), int(float('1e18')), int(1e19))
print(str(10), str(-0), str(10.0), str(1e-7), repr(10**20), str(True))
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print(hash(2**64) == hash(2.0**64), hash(-2**70) == hash(float(-2**70)))
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance(1, float))
print(type(1 + 1.0).__name__, type(True + True).__name__, type(2 ** -1).__name__, type(7 // 2.0).__name__)
print(round(7 / 2), 7 // 2, int(7 / 2), -7 // 2, int(-7 / 2))
