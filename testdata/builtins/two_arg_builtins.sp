# Built-ins and methods called with exactly two positional arguments take
# a fast path with no argument slice; each must behave as the general call.
import heapq
from heapq import heappush
from collections.abc import Iterable, Sized, Hashable

d = {"a": 1}
print(d.get("a", 0), d.get("b", 0), d.get("b", None), d.get("b"))
print(d.setdefault("c", []), d.setdefault("a", 5), d)
print(d.pop("a", "gone"), d.pop("zz", "gone"), d)
try:
    d.get([], 0)
except TypeError as e:
    print("TypeError:", e)

class D(dict):
    def __missing__(self, k):
        return "missing"
dd = D(x=1)
print(dd.get("x", 0), dd.get("y", 0), dd.setdefault("y", 2), dd)
get = dict.get
print(get(dd, "x", 9), get({}, 1, 2))
try:
    dict.get([], 1, 2)
except TypeError as e:
    print("TypeError:", e)

l = [1, 2, 3]
l.insert(0, "first")
l.insert(-1, "mid")
l.insert(100, "last")
l.insert(-100, "very first")
print(l)
try:
    l.insert("x", 1)
except TypeError as e:
    print("TypeError:", e)

print(isinstance(1, int), isinstance(1, (str, float)), isinstance(True, int))
print(isinstance([], Iterable), isinstance(3, Sized), isinstance([], Hashable))
print(issubclass(bool, int), issubclass(list, Iterable), issubclass(int, Sized))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)

class P:
    x = 1
print(getattr(P, "x"), hasattr(P, "x"), hasattr(P, "y"))
try:
    getattr(P, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(P, 1)
except TypeError as e:
    print("TypeError:", e)

print(min(3, 2), max(3, 2), min("b", "a"), max([1], [0, 5]))
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

h = []
for x in [5, 1, 4, 2, 3]:
    heappush(h, x)
    heapq.heappush(h, x * 10)
print(h, [heapq.heappop(h) for _ in range(len(h))])
try:
    heappush((), 1)
except TypeError as e:
    print("TypeError:", e)

s = "a-b-c"
print(s.replace("-", "+"), s.split("-", 1))

# The same calls through the general paths: bound methods and variables.
m = {"k": 1}.get
print(m("k", 0), m("z", 0))
f = isinstance
print(f(1, int), f("s", (int, str)))
