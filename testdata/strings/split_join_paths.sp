# str.split() on whitespace (ASCII and Unicode separators, maxsplit) and
# str.join over lists (joined in place), tuples, iterators, with errors.
for s in ["", "   ", "a", " a  b\tc\nd\x0be\x0cf\rg ", "x\x1cy\x1dz\x1e\x1fw", "p\x85q\xa0r\u2003s\u3000t",
          "日本 語\u2028x", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"]:
    print(s.split(), s.split(None, 1), s.split(maxsplit=2), s.rsplit(None, 1))
words = ["ka", "lo", "", "日本"]
print("-".join(words), "".join(words), ", ".join([]), repr(" ".join(["solo"])), "|".join(("a", "b")))
print("+".join(w.upper() for w in words), "/".join({"x": 1, "y": 2}), ".".join(iter("abc")))
solo = "same object"
print(" ".join([solo]) is solo)
for bad in [["a", 1], ("a", "b", None), ["x", b"y"], 5]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError:", e)
big = [str(i) for i in range(1000)]
j = ",".join(big)
print(len(j), j[:30], j.split(",") == big)
