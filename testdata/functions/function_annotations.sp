import functools
import typing
from typing import List, Optional


def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    pass


def g(x, y=1):
    pass


print(f.__annotations__)
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"x": int}
print(g.__annotations__)
f2 = lambda x: x
print(f2.__annotations__)


def h(p: List[int], q: Optional[str] = None) -> "Node":
    pass


print(h.__annotations__["return"], sorted(h.__annotations__))


class Node:
    value: int
    label: str = "n"
    next: "Node"

    def method(self, other: "Node") -> "Node":
        return self


class Child(Node):
    extra: float


print(Node.__annotations__)
print(typing.get_type_hints(f))
print(typing.get_type_hints(Node))
print(typing.get_type_hints(Child))
print(typing.get_type_hints(Node.method))
print(typing.get_type_hints(g))


def noret() -> None:
    pass


print(typing.get_type_hints(noret), noret.__annotations__)


@functools.singledispatch
def show(obj):
    return "object " + repr(obj)


@show.register
def _(obj: int):
    return "int %d" % obj


@show.register
def _(obj: list) -> str:
    return "list of %d" % len(obj)


@show.register(str)
def _(obj):
    return "str " + obj


print(show(1), show([1, 2]), show("s"), show(2.5), show(True))
try:

    @show.register
    def _(obj):
        return "no annotation"

except TypeError as e:
    print("TypeError", str(e).split(":")[0])


def bad(x: undefined_name):
    pass
