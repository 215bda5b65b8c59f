"""Test the performance of isinstance() checks against runtime-checkable
protocols (pyperformance's bm_typing_runtime_protocols style)."""
import time
from typing import (
    Any, Iterable, Iterator, Protocol, Sized, SupportsAbs, SupportsFloat,
    SupportsIndex, SupportsInt, runtime_checkable,
)


@runtime_checkable
class HasX(Protocol):
    x: int


@runtime_checkable
class HasManyAttributes(Protocol):
    a: int
    b: int
    c: int
    d: int
    e: int


@runtime_checkable
class SupportsName(Protocol):
    def name(self) -> str: ...


class Foo:
    x = 1


class Bar:
    x = 1
    a = b = c = d = e = 2

    def name(self):
        return "bar"


class Baz(Bar):
    def __abs__(self):
        return 3

    def __index__(self):
        return 4


OBJS = [Foo(), Bar(), Baz(), 3, 2.5, "s", [1], {1: 2}, iter([]), None, Foo, object()]
PROTOS = [HasX, HasManyAttributes, SupportsName, SupportsAbs, SupportsFloat,
          SupportsIndex, SupportsInt, Sized, Iterable, Iterator]


def bench_protocols(loops):
    t0 = time.perf_counter()
    table = None
    for _ in range(loops):
        table = [[isinstance(o, p) for p in PROTOS] for o in OBJS]
    return time.perf_counter() - t0, table


def main():
    dt, table = bench_protocols(300)
    for o, row in zip(OBJS, table):
        print(type(o).__name__.ljust(12), ''.join('X' if v else '.' for v in row))
    print(issubclass(Baz, SupportsAbs), issubclass(Foo, HasX) if False else None)


if __name__ == "__main__":
    main()
