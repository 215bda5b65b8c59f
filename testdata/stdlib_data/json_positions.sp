# JSON decoding positions are code-point indices, also after non-ASCII
# text; keys and strings with and without escapes; raw_decode offsets.
import json

for doc in ['{"é": 1, "x": }', '["ü€😀", 1,, 2]', '"abc', '"a\\qb"', '"\u00e9\\u12"',
            '{"k\u00e9": [1, 2]\n, "z" 3}', '["\u20ac"] x', '\ufeff[1]', '{"a": "b\x01"}',
            '[1, 2', '{"a" : 1, }', '[-]', '"\u00e9\u00e9" "x"', '']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, str(e))

print(json.loads('{"a\\u00e9": "x\\ny", "a\u00e9": 2, "q\\"": "\\ud83d\\ude00"}'))
print(json.loads('["t\x01ab"]', strict=False))
objs = json.loads('[' + ','.join('{"id": %d, "name": "n\u00e9%d", "tags": ["a", "b"]}' % (i, i) for i in range(50)) + ']')
print(len(objs), objs[0], objs[49], sorted(objs[7]))
print(json.loads('[1.5e3, -0, -0.0, 12345678901234567890, 1E-2, 2e+2]'))
print(json.loads('  {"nested": {"deep": [[[{"x": null, "y": true, "z": false}]]]}}  '))

dec = json.JSONDecoder()
s = '\u00e9\u00e9 [1, "\u00fc"] tail'
print(dec.raw_decode(s, 3))
print(dec.raw_decode('{"\u00e9": 1}'))
for idx in [0, 2, 20, 30]:
    try:
        print(dec.raw_decode(s, idx))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, str(e))
print(json.loads(b'{"\xc3\xa9": [1]}'), json.loads(bytearray(b'\xef\xbb\xbf[2]')))
print(json.loads('[1.25]', parse_float=lambda t: "F" + t), json.loads('[7]', parse_int=lambda t: t * 2))
print(json.loads("[-0, 0, -123456789012345678, 123456789012345678, -1234567890123456789, 99999999999999999999]"))
print(json.dumps({"a": [1, {"b": [-5, 2**70, 1.5]}], "c": {}}, sort_keys=True, indent=1))
x = []; x.append([x])
try:
    json.dumps(x)
except ValueError as e:
    print(e)
y = [1]; print(json.dumps([y, y, {"k": y}]))
d = json.loads("[" + ",".join("{\"k%d\": %d, \"a\": 1}" % (i % 40, i) for i in range(200)) + "]")
print(len(d), d[0], d[39], d[199], sorted(set(k for x in d for k in x))[:5])
