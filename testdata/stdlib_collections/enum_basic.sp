# enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, aliases, lookup by value, functional API, unique
from enum import Enum, IntEnum, Flag, auto, unique, IntFlag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name}={self.value}"
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color.CRIMSON is Color.RED)
print(Color.BLUE.describe(), isinstance(Color.RED, Color), type(Color.RED).__name__, f"{Color.RED}", Color.RED == Color.RED, Color.RED != Color.BLUE)
print(list(Color.__members__), {Color.RED: "r"}[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, str(Num.TWO), repr(Num.ONE), Num(2), Num.ONE == 1, f"{Num.TWO}")
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(rw), repr(~Perm.R), rw.name)
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
print(Shape.CIRCLE.value, Shape.SQUARE.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.CAT.value, Animal(1))
try:
    @unique
    class E(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS.mass, Planet.EARTH.value)
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, S.B == "bee", S.A.upper())
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, (P2.A | 2) == 3)
