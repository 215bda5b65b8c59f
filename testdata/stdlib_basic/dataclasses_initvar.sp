# dataclasses.InitVar: init-only pseudo-fields handed to __post_init__, left out of fields/repr/eq/asdict; replace() and inheritance
from dataclasses import dataclass, field, InitVar, fields, asdict, replace
@dataclass
class P:
    x: int
    y: int = 0
    z: InitVar[int] = 5
    def __post_init__(self, z): self.total = self.x + self.y + z
p = P(1, y=2); print(p, p.total, P(1, 2, 10).total, [f.name for f in fields(P)], asdict(p), p == P(1, 2, 99))
print(P.z, InitVar[int], InitVar[list[str]], InitVar(str).type, P.__doc__)
@dataclass
class C:
    a: int
    scale: InitVar[float]
    b: float = field(init=False)
    def __post_init__(self, scale): self.b = self.a * scale
c = C(2, 1.5); print(c, replace(c, scale=2.0), hasattr(c, "scale"))
try:
    replace(c)
except ValueError as e:
    print("ValueError", e)
try:
    C(1)
except TypeError as e:
    print("TypeError", e)
@dataclass
class D(C):
    extra: InitVar[str] = "e"
    def __post_init__(self, scale, extra): super().__post_init__(scale); self.tag = extra * 2
d = D(3, 2.0); print(d, d.tag, D(1, 1.0, "q").tag)
