# str + str makes the new str with one allocation (runtime.StrConcat):
# empty operands, non-ASCII text, subclasses, reflected and in-place adds.
class S(str):
    pass

class R:
    def __radd__(self, other):
        return "R.radd(%s)" % other

a, e = "héllo", ""
print(repr(a + e), repr(e + a), repr(e + e), a + " " + "wörld" + "!", len(a + a))
print(S("sub") + "str", type(S("sub") + "str").__name__, "str" + S("sub"), type("x" + S("y")).__name__)
print("x" + R())
t = ""
for i in range(300):
    t += chr(ord("a") + i % 26)
print(len(t), t[:30], t[-5:])
parts = []
for i in range(5000):
    parts.append("k" + str(i) + "_" + "v")
print(parts[0], parts[4999], sum(len(p) for p in parts))
try:
    "a" + 1
except TypeError as err:
    print("TypeError:", err)
try:
    1 + "a"
except TypeError as err:
    print("TypeError:", err)
u = "ü" * 3
print(u + u, (u + u).upper(), len(u + "x"))
