# json.dumps and json.loads round trips over nested generated documents:
# dicts, lists, strings with escapes, ints, floats, booleans, None.
import json


def make_doc(i):
    return {
        "id": i,
        "name": "item-%d" % i,
        "tags": ["t%d" % (i % 7), "quote\"d", "tab\there", "uni\u00e9"],
        "price": (i * 37 % 1000) / 8.0,
        "active": i % 3 == 0,
        "parent": None if i % 5 else i // 5,
        "dims": {"w": i % 17, "h": i % 13, "d": [i, -i, i * i]},
    }


def main():
    docs = [make_doc(i) for i in range(2000)]
    total = 0
    text = ""
    for rep in range(25):
        text = json.dumps(docs)
        back = json.loads(text)
        assert back == docs
        total += len(text)
        pretty = json.dumps(back[rep * 10:rep * 10 + 50], indent=2, sort_keys=True)
        total += len(pretty)
        total += sum(d["dims"]["w"] for d in json.loads(pretty))
    small = 0
    for i in range(25000):
        s = json.dumps({"k": i, "v": [i, str(i)], "f": i / 4})
        small += json.loads(s)["v"][0] + len(s)
    print(total, small, text[:120])


main()
