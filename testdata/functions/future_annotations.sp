"""PEP 563: annotations are kept as source text."""
from __future__ import annotations

import typing


def f(a: Undefined, b: list[int] = [], *rest: Tuple[int, ...]) -> Node:
    return a


class Node:
    child: Node
    size: int = 0


print(f.__annotations__)
print(Node.__annotations__)
print(typing.get_type_hints(Node))
print(f(1))
