# json.JSONEncoder/JSONDecoder: subclassing default(), cls= for dumps/loads, raw_decode
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"p": Point(1, 2), "s": {3, 1}}, cls=PointEncoder))
print(json.dumps([Point(0, 0)], cls=PointEncoder, indent=2, sort_keys=True))
enc = PointEncoder(separators=(",", ":"))
print(enc.encode({"a": [Point(5, 6)]}), "".join(enc.iterencode([1, 2])), enc.item_separator, enc.key_separator)
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
e = json.JSONEncoder(indent=4)
print(e.encode({"k": [1]}), e.indent, e.sort_keys, repr(e.item_separator))

class Upper(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=Upper), Upper().decode('[{"x": 2}]'))
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'), d.raw_decode('xx[1, 2]yy', 2))
try:
    d.decode('{"a": 1} trailing')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
