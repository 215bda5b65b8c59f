class S(str): pass
class U(str):
    def __format__(self, spec): return "U!"
a = S("ab")
print(",".join([S("a"), S("b")]), type(",".join([S("a")])))
print("abc".startswith((S("x"), S("ab"))), "abc".endswith(S("bc")))
print("abc".replace(S("b"), S("X")), "a,b".split(S(",")), S("b") in "abc")
print("{}-{}".format(S("x"), 1), S("{}!").format(2))
d = {"ab": 1}; print(d[a], a == "ab", hash(a) == hash("ab"))
d[S("cd")] = 2; print(d["cd"])
print("a b".partition(S(" ")), "abc".find(S("c")), "abc".count(S("b")), "xx".strip(S("x")))
try:
    ",".join(["a", 1])
except TypeError as e: print(e)
try:
    ",".join([S("a"), 1])
except TypeError as e: print(e)
print("x".center(5, S("*")), "a-b".rsplit(S("-")), "ab".removeprefix(S("a")), S("a") + "b", "b" + S("a"))
print("abc".index(S("b")), "a.b".rpartition(S(".")), "abc".lstrip(S("a")), "%s" % S("q"), f"{S('z')}")
print(",".join(iter([S("a"), "b"])), "".join((S("x"),)), str.join(S("-"), ["a","b"]), S("-").join(["a", S("b")]))
print(sorted({S("b"): 1, "a": 2}), {"a", S("a")}, "ab".translate({97: S("z")}))
print("abc".maketrans(S("a"), S("b")), "a\tb".expandtabs(), "ab".zfill(4), "a" < S("b"), "ab".__contains__(S("a")))
print("{}".format(U("a")), str.join(S("+"), "ab"))
try:
    str.join(1, ["a"])
except TypeError as e: print(e)
print(",".join([S("only")]), type(",".join([S("only")])).__name__)
