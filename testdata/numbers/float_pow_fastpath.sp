# float ** int, int ** float and float ** float through the unboxed
# arithmetic paths (binary, augmented, in a tree): values, signs of odd
# powers, overflow and zero-division errors as python3.
import math
bases = [2.0, -2.0, 0.5, -0.5, 0.0, -0.0, 1.0, -1.0, 1e300, -1e300, 1e-300, float('inf'), -float('inf'), float('nan'), 7.25, -7.25]
exps = [2, 3, -1, -2, 0, 1, 0.5, -0.5, 2.0, 3.0, 1.5, 1000, -1000, 63, 1e308, float('inf'), float('nan'), 2**62]
for a in bases:
    for b in exps:
        try:
            r = a ** b
            print(repr(r), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' | ')
        try:
            x = a
            x **= b
            print(repr(x), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' | ')
        try:
            print(repr((a * 1.0) ** b + 0.0 * a))
        except Exception as e:
            print(type(e).__name__, e)
v = 1.5
s = 0.0
for i in range(-5, 6):
    s += (v - i) ** 2 + (i - v) ** 3 + i ** v if i >= 0 else (v - i) ** 2
print(s)
for a in [3, 0, 2]:
    for b in [0.5, -0.5, 2.0, 1.5, -1.0, float('inf'), float('nan')]:
        try: print(repr(a ** b), end=' ')
        except Exception as e: print(type(e).__name__, e, end=' | ')
        try:
            x = a; x **= b; print(repr(x))
        except Exception as e: print(type(e).__name__, e)
