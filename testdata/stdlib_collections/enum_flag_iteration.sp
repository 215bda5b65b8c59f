# Iterating (and len of) a Flag class gives its canonical members only:
# no 0-valued member, no multi-bit combinations (CPython 3.11).
import enum
class P(enum.Flag):
    NONE = 0
    R = 1
    W = 2
    X = 4
    RW = 3
print(list(P))
print(len(P), P.RW, P(3), P.R | P.W, list(P.RW) if hasattr(P.RW, "__iter__") else "")
class Q(enum.IntFlag):
    Z = 0
    A = 1
    B = 2
print(list(Q), len(Q))
print(P.__members__.keys())
import re
print(list(re.RegexFlag)[:3], len(re.RegexFlag) > 5)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(list(Perm), Perm(7), Perm.R in Perm(6), [m.name for m in Perm])
