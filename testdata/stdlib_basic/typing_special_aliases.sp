import typing
from typing import List, Dict, Tuple, Set, FrozenSet, Type, Callable, Iterator, Iterable, Sequence, Mapping
print(repr(List), repr(Dict), repr(Callable), repr(Iterable), repr(Type), repr(Tuple))
print(repr(List[int]), repr(Dict[str, int]), repr(Tuple[int, ...]), repr(Tuple[()]))
print(repr(Callable[[int], str]), repr(Callable[..., int]), repr(Type[int]))
print(repr(Iterator[int]), repr(Sequence[str]), repr(Mapping[str, List[int]]))
print(repr(Set[int]), repr(FrozenSet[int]), repr(Dict[str, typing.Optional[int]]))
print(typing.get_origin(List[int]) is list, typing.get_origin(Callable[[int], str]))
print(typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]))
print(typing.get_origin(List), typing.get_args(List))
print(isinstance([], List), isinstance({}, List), isinstance({}, Mapping), isinstance(iter([]), Iterator))
print(issubclass(list, List), issubclass(dict, Mapping))
print(List[int] == List[int], List[int] == list[int], hash(List[int]) == hash(List[int]))
print(List.__origin__, List[int].__origin__, List[int].__args__)
for f in (lambda: List[int](), lambda: List(), lambda: List[int][str], lambda: List[int, str], lambda: Dict[int], lambda: Callable[int, str]):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class X(List[int]):
    pass
x = X([1, 2])
x.append(3)
print(x, isinstance(x, list), X.__mro__)
class Y(typing.Dict[str, int]):
    pass
print(Y(a=1), Y.__bases__)
def f(a: List[int]) -> Dict[str, int]:
    return {}
print(f.__annotations__)
print(typing.get_type_hints(f))
from typing import List, Optional, Callable, Deque, Counter, DefaultDict
print(isinstance(len, Callable), callable(List))
print(Deque([1, 2]), Counter("aab"), DefaultDict(int))
print(repr(Optional[List[int]]), repr(typing.Union[List[int], None]))
class Z(List):
    pass
print(Z([1]), issubclass(Z, list))
print(typing.Hashable, typing.Sized)
print(List.__name__, repr(typing.Tuple[int, str]))
print(isinstance((), (dict, typing.Tuple)))
T = typing.TypeVar("T")
class G(typing.List[T], typing.Generic[T]):
    pass
print(G.__mro__)
class H(typing.Dict[str, int], typing.Mapping[str, int]):
    pass
print(H.__bases__)
print(Z.__bases__)
for f in (lambda: isinstance([], typing.List[int]), lambda: issubclass(list, typing.Dict[str, int])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
