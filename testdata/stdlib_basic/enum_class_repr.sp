# repr/str of Enum classes is EnumType's: <enum 'Color'>, <flag 'Perm'> (type(member) too)
import enum
class Color(enum.Enum):
    RED = 1
class F(enum.IntFlag):
    A = 1
class P(enum.Flag):
    R = 4
class S(enum.StrEnum):
    X = "x"
print(Color, F, P, S, enum.Enum, enum.IntEnum, enum.Flag, enum.StrEnum, enum.IntFlag, repr(Color), str(Color))
print(type(Color.RED), [type(m) for m in P], f"{Color}", "%s" % Color, {Color: 1})
class Plain: pass
print(Plain, int, enum.auto)
