# json string literals both ways: runs copied as they are, every escape,
# ensure_ascii on and off, surrogate pairs, control characters, errors.
import json
vals = ["", "plain", "q\"uote", "back\\slash", "nl\nr\rt\tb\bf\f", "\x00\x01\x1f\x7f", "é", "日本", "😀x", "a\u2028b", "z",
        {"k\"ey": ["x", "y\n"], "é": 1, "": None}, ["\\u0041", "/"]]
for v in vals:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
    s = json.dumps(v)
    assert json.loads(s) == v
    assert json.loads(json.dumps(v, ensure_ascii=False)) == v
print(json.loads('"a\\u00e9\\ud83d\\ude00\\n\\"\\/"'), json.loads('["abc", "d\\te", "", "\\\\"]'))
print(json.loads('{"a": "x\\u0000y", "b": "日本"}'))
for bad in ['"abc', '"ab\\x"', '"a\x01b"', '["ok", "unterminated]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos)
print(json.loads('"a\x01b"', strict=False) == "a\x01b")
