# X | Y on classes: types.UnionType (PEP 604), as in annotations.
import types


def f(x: int | None = None, *names: str | bytes) -> list[int] | None:
    return None if x is None else [x]


print(f(3), f(), f.__annotations__["x"], f.__annotations__["return"])
print(int | None, None | int, int | str | None, list[int] | dict[str, int])
print(int | int, (int | str) | (str | float), int | (str | None))
u = int | str
print(type(u) is types.UnionType, isinstance(u, types.UnionType), type(u).__name__)
print(u.__args__, (int | None).__args__)
print(u == (str | int), u == (int | float), u != (int | str), u == int)
print(hash(int | str) == hash(str | int), len({int | str, str | int, int | None}))

print(isinstance(3, int | str), isinstance("a", int | str), isinstance(2.5, int | str))
print(isinstance(None, int | None), isinstance(True, int | None))
print(isinstance(3, (float, int | str)), issubclass(bool, int | str), issubclass(float, int | str))


class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__"


class A(metaclass=Meta):
    pass


class B:
    pass


print(A | int, int | B, (B | None).__args__)

for expr in [lambda: 3 | int, lambda: int | 3, lambda: int | "str", lambda: None | None,
             lambda: isinstance(3, list[int] | None)]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)

try:
    u.missing
except AttributeError as e:
    print("AttributeError:", e)
