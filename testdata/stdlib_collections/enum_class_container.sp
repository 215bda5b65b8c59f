# An Enum class iterates over its members, has a len, is indexed by name and answers `in`.
from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print([c.name for c in Color], len(Color), Color['GREEN'], Color.RED in Color, list(Color)[-1])
class P(IntEnum):
    A = 1
    B = 2
print(sorted(P, reverse=True), P['B'] + 1)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
