# pprint: pformat/pprint wrapping at width 80 like CPython for nested data
import pprint

data = {"name": "spindle", "version": (1, 2, 3), "tags": ["interpreter", "go", "python-like", "threads"],
        "nested": {"a": list(range(30)), "b": {"x": 1, "y": [1, 2, {"z": "deep" * 5}]}},
        "empty": [], "none": None, "flag": True, "pi": 3.14159, 10: "int key", "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([1, 2]), pprint.pformat("short"))
pprint.pprint(["a long string " * 8])
pprint.pprint("a long string that will need to be split across lines " * 3)
pprint.pprint({"key": "word " * 30})
pprint.pprint([(1,), ((1, 2, 3),) * 12, frozenset({1, 2, 3}), set(), frozenset()])
pprint.pprint(b"\x00\x01binary data that is long enough to wrap" * 3)
pprint.pprint([[1, 2, 3] * 10] * 3, width=50)
pprint.pprint({(1, 2): "tuple key", "s": "str key", 3: [1, "mixed"]})
pprint.pp({"z": 1, "a": 2})
pprint.pprint({"big": 12345678901234567890}, underscore_numbers=True)
p = pprint.PrettyPrinter(width=20, indent=2)
p.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta"}})
print(p.pformat(list("abcdefghij")))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable([1, "a"]), pprint.saferepr({"b": [1], "a": (2,)}))
class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Point({self.x})"
pprint.pprint([Point(i) for i in range(15)])
pprint.pprint({"points": [Point(i) for i in range(12)], "n": 12})
