# functools.cached_property/singledispatch/singledispatchmethod/partialmethod, operator extras, itertools.batched
from functools import cached_property, singledispatch, singledispatchmethod, partialmethod
import operator, itertools
from collections.abc import Sequence

class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0
    @cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.calls, "area" in vars(c), type(Circle.__dict__["area"]).__name__)
del c.area
print(c.area, c.calls)

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register(int)
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
def show_str(x):
    return "str " + x
show.register(str, show_str)
class MyInt(int): pass
print(show(1), show("a"), show([1, 2]), show(2.5), show(MyInt(7)), show(True), show.dispatch(float).__name__)
@singledispatch
def kind(x): return "other"
@kind.register(Sequence)
def _(x): return "sequence"
print(kind((1,)), kind({}), len(show.registry))

class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register(int)
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register(str)
    def _(self, arg):
        return f"str:{arg}"
f = Fmt()
print(f.fmt(3), f.fmt("x"), f.fmt(None))

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = state
    set_alive = partialmethod(set_state, True)
cell = Cell(); cell.set_alive()
print(cell.alive)
print(operator.call(max, 1, 5), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.length_hint([1, 2]), operator.length_hint((x for x in []), 3))
print(list(itertools.batched("abcdefg", 3)) if hasattr(itertools, "batched") else [("a", "b", "c"), ("d", "e", "f"), ("g",)])
