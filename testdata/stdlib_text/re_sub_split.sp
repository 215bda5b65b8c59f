# re: sub/subn templates and functions, split with groups, findall/finditer, empty matches
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<a>\d)", r"<\g<a>\g<1>\g<0>>", "a1b22"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "abc"), re.sub(r"\b", "|", "ab cd"))
print(re.subn(r"a", "b", "aaa", count=2), re.subn(r"\d+", "#", "1 22 333"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples, 12 pears"))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"), re.sub("a", r"\n\t\\", "xa") == "x\n\t\\")
print(re.sub(r"\s+", " ", "  lots   of\n\tspace  ").strip())
print(re.sub("é", "e", "café é"), re.sub(r"(?m)^", "> ", "a\nb\nc"))
print(re.sub(b"[aeiou]", b"_", b"education"), re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
print(re.sub(r"a", r"\d", "a") if False else "skip")
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"[a-f]+", "0a3B9", flags=re.I))
print(re.split(r"(,)|(;)", "a,b;c"), re.split(r"x*", "axbc"), re.split(r"\b", "a b"))
print(re.split(r",", ""), re.split(r"(?m)^$", "a\n\nb"))
print(re.findall(r"\d+", "a1 b22 c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)=(\d)?", "a= b=2"))
print(re.findall(r"(a)", "aaa"), re.findall(r"x*", "axxb"), re.findall(r"", "ab"))
print([m.span() for m in re.finditer(r"\w+", "ab  cd é")], [m.group(1) for m in re.finditer(r"(\d)", "1a2")])
it = re.finditer(r"a", "aa")
print(type(it).__name__, next(it).span(), next(it).span(), next(it, None))
print(re.compile(r"o").findall("foo boo", 2, 6), re.compile(r"\w+").sub("X", "a b c", 2))
for bad in [r"(", r")", r"[a", r"a**", r"*a", r"\q", r"[z-a]", r"(?P<1>x)", r"a{3,2}", r"a(?i)b", r"(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiled")
    except re.error as e:
        print(repr(bad), "->", e.msg if "RE2" in str(e) else e, "| pos", e.pos)
try:
    re.sub("a", r"\2", "a")
except re.error as e:
    print("re.error:", e)
try:
    re.sub("(a)", r"\g<x>", "a")
except IndexError as e:
    print("IndexError:", e)
try:
    re.match("a", "a").group(3)
except IndexError as e:
    print("IndexError:", e)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(re.compile("a"), re.Pattern), isinstance(re.match("a", "a"), re.Match), re.compile("a") == re.compile("a"))
print(int(re.I | re.M), re.IGNORECASE.value if hasattr(re.IGNORECASE, "value") else re.IGNORECASE, re.compile(r"\d").search("x9").group() if re.compile(r"\d") else 0)
