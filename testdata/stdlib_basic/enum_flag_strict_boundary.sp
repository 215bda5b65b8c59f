from enum import Flag, IntFlag
class P(Flag):
    R = 4
    W = 2
for v in [8, 9, 1, 6, 0]:
    try:
        print(repr(P(v)))
    except ValueError as e:
        print("ValueError:", e)
class Q(IntFlag):
    A = 1
print(repr(Q(8)))
