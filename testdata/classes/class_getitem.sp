import collections
from typing import Generic, TypeVar

print(list[int], dict[str, int], tuple[int, ...], set[str], frozenset[bytes], type[int])
print(type(list[int]), list[int] == list[int], list[int] == list[str], list[int].__origin__, list[int].__args__)
print(list[int]("abc"), dict[str, list[int]], tuple[()])
print(collections.OrderedDict[str, int], hash(list[int]) == hash(list[int]))


class MyList(list):
    pass


print(MyList[int])


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"


print(Box[int], Box[str])


class Meta(type):
    def __getitem__(cls, key):
        return (cls.__name__, key)


class Lookup(metaclass=Meta):
    pass


print(Lookup[3], Lookup["k"])

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self):
        self.items = []


s = Stack[int]()
print(type(s).__name__)


def f(x: list[int], y: dict[str, tuple[int, ...]]) -> set[str]:
    return set()


print(f([1], {}))


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
