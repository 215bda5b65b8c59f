# An Enum class refuses to rebind or delete its members (CPython's EnumType messages).
import enum
class S(enum.Enum):
    A = 1
    B = 2
try:
    S.A = 5
except AttributeError as e:
    print(e)
try:
    del S.B
except AttributeError as e:
    print(e)
S.other = 3
print(S.other, list(S), S.A.value)
class F(enum.IntFlag):
    X = 1
    Y = 2
try:
    F.X = 4
except AttributeError as e:
    print(e)
print(F.X | F.Y, S["A"])
