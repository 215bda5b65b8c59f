# typing: names importable and subscriptable, NamedTuple, TypedDict, TypeVar, Generic, Protocol, cast
from typing import (List, Dict, Optional, Union, Iterable, Iterator, Callable, Any, TypeVar, Generic,
                    Protocol, NamedTuple, TypedDict, cast, Tuple, Set, overload, Final, Literal, ClassVar,
                    TYPE_CHECKING, Sequence, Mapping, DefaultDict, NewType)

T = TypeVar("T")
print(T, TYPE_CHECKING)

def total(xs: List[int], scale: Optional[float] = None) -> Union[int, float]:
    s = sum(xs)
    return s * scale if scale else s
print(total([1, 2, 3]), total([1, 2], 1.5))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items)

class Greeter(Protocol):
    def greet(self) -> str: ...

class Point(NamedTuple):
    x: int
    y: int = 0
    def dist2(self) -> int:
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, p.dist2(), Point(1), p._asdict(), p._replace(y=9), Point._fields, isinstance(p, tuple), p[0])
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "x"), Pair._fields)

class Movie(TypedDict):
    title: str
    year: int
m: Movie = Movie(title="Alien", year=1979)
print(m, type(m).__name__, m["year"])

UserId = NewType("UserId", int)
print(UserId(5), cast(str, 3), cast(List[int], [1]))
MAX: Final = 10
mode: Literal["r", "w"] = "r"
Handler = Callable[[int], str]
Pairs = Dict[str, Tuple[int, ...]]
print(MAX, mode, Handler is not None, Pairs is not None)

@overload
def f(x: int) -> int: ...
def f(x):
    return x * 2
print(f(21))
def apply(fn: Callable[..., Any], *a: Any) -> Any:
    return fn(*a)
print(apply(max, 3, 9), apply(lambda: "ok"))
