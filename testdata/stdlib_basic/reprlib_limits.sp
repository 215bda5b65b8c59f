# reprlib: size-limited repr of containers, strings, ints and instances; Repr settings; recursive_repr.
import reprlib
from collections import deque
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(set(range(20))), reprlib.repr(frozenset("abcdefgh")))
print(reprlib.repr("x" * 100), reprlib.repr(10 ** 60), reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(deque(range(10))))
print(reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr({}), reprlib.repr([]), reprlib.repr(()), reprlib.repr({"a": [1, 2, {"b": (3,)}]}))
class Long:
    def __repr__(self): return "L" * 50
class Bad:
    def __repr__(self): raise ValueError("no")
print(reprlib.repr(Long()), reprlib.repr(Bad()).startswith("<Bad instance at 0x"))
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10; r.maxlevel = 1
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr([[1], [2]]), r.repr({1: {2: 3}}))
class Node:
    def __init__(self, name):
        self.name, self.children = name, []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
n = Node("root"); n.children.append(n); n.children.append(Node("leaf"))
print(n, Node.__repr__.__name__)
class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "O[" + repr(self.me) + "]"
o = Other(); o.me = o; print(o)
