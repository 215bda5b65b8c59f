# json.loads/load: values, big ints, floats, unicode escapes, hooks, JSONDecodeError
import json

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
print(json.loads('123456789012345678901234567890'), json.loads('-0'), json.loads('1E400'))
print(json.loads('"\\u00e9\\u2713\\ud834\\udd1e \\n\\t\\"\\\\\\/"'))
print(json.loads('  [ ]  '), json.loads('{}'), json.loads('"x"'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b'[1]')))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN]', parse_constant=lambda s: s.lower()))
print(json.loads('"a\tb"', strict=False))
print(json.loads('\n{\n  "k": "é"\n}\n'))
s = json.dumps({"k": [1, {"z": None}], "u": "ü"}, indent=2)
print(json.loads(s) == {"k": [1, {"z": None}], "u": "ü"})

bad = ['', '  ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"',
       '{1:2}', '[1]x', '"a\nb"', '-', '01', '[', '{', '{"a":', 'tru', '[1,\n  2,\n  x]', '\ufeff1']
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
e = json.JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.lineno, e.colno)

class R:
    def read(self):
        return '{"from": "file"}'
print(json.load(R()))
