# isinstance/issubclass against typing protocols: runtime-checkable ones
# check members structurally; others raise TypeError.
from typing import Protocol, runtime_checkable, SupportsAbs, SupportsIndex, SupportsInt, SupportsFloat, SupportsRound


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class NotChecked(Protocol):
    def run(self): ...


class File:
    def close(self):
        return "closed"


class Blocked(File):
    close = None


class Person:
    def __init__(self):
        self.name = "ann"

    def greet(self):
        return "hi"


class Sub(Closable):
    pass


print(isinstance(File(), Closable), isinstance(Blocked(), Closable), isinstance(3, Closable))
print(isinstance(Person(), Named), isinstance(File(), Named), isinstance(Sub(), Closable))
print(issubclass(File, Closable), issubclass(Blocked, Closable), issubclass(int, Closable), issubclass(Sub, Closable))
print(isinstance(File(), (int, Closable)), isinstance(3, (str, Closable)), isinstance(3, (Closable, int)))
print([isinstance(v, SupportsAbs) for v in (3, -2.5, "s", [1], File())])
print([isinstance(v, SupportsIndex) for v in (3, 2.5, True, "s")])
print([isinstance(v, SupportsInt) for v in (3, 2.5, "7")], isinstance(2.5, SupportsFloat), isinstance(2.5, SupportsRound))
for call in (lambda: isinstance(File(), NotChecked), lambda: issubclass(File, NotChecked),
             lambda: issubclass(Person, Named), lambda: runtime_checkable(File),
             lambda: issubclass(3, Closable)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(Closable._is_runtime_protocol, NotChecked._is_runtime_protocol, Closable._is_protocol)
