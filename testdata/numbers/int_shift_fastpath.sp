# int64 fast paths of & | ^ << >> (binary and augmented) against the big-int
# results at the int64 edges, and the negative-shift errors.
vals = [0, 1, -1, 5, -5, 7, 2**62, -2**62, 2**63-1, -2**63, 123456789, -987654321]
sh = [0, 1, 2, 30, 62, 63, 64, 65, 100]
for a in vals:
    for b in sh:
        print(a << b, a >> b, end=' ')
        x = a; x <<= b; y = a; y >>= b
        print(x, y)
    for b in vals:
        print(a & b, a | b, a ^ b, end=' ')
        if b: print(a // b, a % b)
        else: print()
        x = a; x &= b; x |= 3; x ^= b
        print(x)
for bad in ["1 << -1", "1 >> -1", "x = 1; x <<= -2"]:
    try: exec(bad)
    except ValueError as e: print(e)
print(True << 3, True & 1, 3 & True)
