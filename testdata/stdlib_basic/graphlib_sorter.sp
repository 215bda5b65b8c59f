# graphlib.TopologicalSorter: static_order, the get_ready/done protocol, CycleError and misuse errors.
from graphlib import TopologicalSorter, CycleError
g = {"d": {"b", "c"}, "c": {"a"}, "b": {"a"}, "e": set()}
g = {"d": ["b", "c"], "c": ["a"], "b": ["a"], "e": []}
print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(7); ts.add(2, 1); ts.add(-1, 7)
print(tuple(ts.static_order()))
ts = TopologicalSorter({"pkg": ["lib", "util"], "lib": ["util"], "app": ["pkg"]})
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready, bool(ts))
    order.extend(ready)
    ts.done(*ready)
print(order, bool(ts))
try:
    list(TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "x": []}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], e.args[1], isinstance(e, ValueError))
ts = TopologicalSorter({1: [2]})
for call in (lambda: ts.get_ready(), lambda: ts.done(1)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
ts.prepare()
for call in (lambda: ts.prepare(), lambda: ts.add(5), lambda: ts.done(1), lambda: ts.done(9)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(ts.get_ready()); ts.done(2)
try:
    ts.done(2)
except ValueError as e:
    print("ValueError", e)
print(ts.get_ready(), ts.is_active())
