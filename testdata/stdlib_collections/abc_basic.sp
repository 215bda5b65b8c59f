# abc: abstractmethod enforced at instantiation, abstract properties, register(); collections.abc isinstance by capability and Mapping mixins
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Sq(3).describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__, isinstance(Sq(1), Shape))
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
class Impl(Base):
    @property
    def name(self): return "impl"
print(Impl().name)
try:
    Base()
except TypeError as e:
    print("TypeError", e)
class Plugin(ABC):
    pass
class Foreign: pass
Plugin.register(Foreign)
print(isinstance(Foreign(), Plugin), issubclass(Foreign, Plugin), isinstance(1, Plugin), Plugin() is not None)
from collections.abc import Iterable, Mapping, Sequence, Callable, Hashable, Sized, MutableMapping, Iterator, Container, Generator, MutableSequence, Set
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance({}, Mapping), isinstance([], Sequence), isinstance("s", Sequence))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance(1, Hashable), isinstance({}, MutableMapping), isinstance(iter([]), Iterator))
print(isinstance((x for x in []), Generator), isinstance(set(), Set), isinstance((), MutableSequence), isinstance([], (int, Sized)), issubclass(list, Container))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, isinstance(m, Mapping))
