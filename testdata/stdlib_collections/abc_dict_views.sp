# Dict views are registered with collections.abc (KeysView, ItemsView, ValuesView, Set ...) and str iterators are Iterators, as in CPython.
from collections import abc
d = {"a": 1}
for v in [d.keys(), d.values(), d.items(), iter(d), iter(d.items()), reversed(d), iter(range(3)), iter("s"), iter([]), iter(()), iter({1}), (x for x in [])]:
    print(type(v).__name__, [n for n in ["Set", "KeysView", "ItemsView", "ValuesView", "MappingView", "Sized", "Iterable", "Container", "Collection", "Iterator", "Reversible", "Hashable"] if isinstance(v, getattr(abc, n))])
