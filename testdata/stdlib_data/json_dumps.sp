# json.dumps/dump: separators, indent, ensure_ascii, sort_keys, default, errors
import json

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None,
        "pi": 3.14159, "big": 10**30, "t": (1, 2), "nested": {"a": [], "b": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3, {"x": 4}]]], indent=4))
print(json.dumps("héllo ✓ 𝄞 \n\t\"\\ \x01 \x7f"))
print(json.dumps("héllo ✓ 𝄞 \n\t\"\\ \x01 \x7f", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps([1.0, 1e20, 1e-7, 0.1, -0.0, float("inf"), float("-inf"), float("nan")]))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps(42), json.dumps(None), json.dumps("s"), json.dumps(True))
print(json.dumps([], indent=2), json.dumps({}, indent=2))

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(json.dumps({"p": P(1, 2)}, default=lambda o: o.__dict__))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))

for bad in [P(1, 2), {(1, 2): 3}, {1, 2}, b"x"]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
cyc = [1]
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

w = W()
json.dump({"a": [1, 2]}, w, indent=1)
print(repr("".join(w.parts)))
