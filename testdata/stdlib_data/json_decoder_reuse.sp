# Decoders reuse pooled scratch stacks and a key memo between calls:
# a failed decode must leave nothing behind for the next one.
import json
for doc in ['{"a": [1, 2, {"b": 3', '{"a": 1, "b": [1,2,3], "c": {"a": 2}}', '[1, 2, 3', '{"x": {"y": [{"a": 1}, {"a": 2}]}}', '{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,"p":16,"q":17,"r":18}']:
    try:
        print(json.loads(doc))
    except json.JSONDecodeError as e:
        print("err", e)
d = json.JSONDecoder()
print(d.decode('{"z": [1, {"a": "b"}]}'), d.raw_decode('[1, 2] xx'))
print(json.loads('{"a\\u00e9": 1, "a": 2}'))
