# The call forms of the re functions and Match.group: positional only
# (the fast path), with optional arguments, keywords, and the errors.
import re

p = re.compile(r"(?P<word>[a-z]+)(\d*)")
s = "abc12 de f3"
print(re.search(r"[a-z]+(\d)", s).group(1), re.search(p, s).span(), re.match(p, s).group())
print(re.findall(r"[a-z]+", s), re.findall(r"^[A-Z]+", "ab\nCD", re.M), re.findall(r"x", s, flags=re.I))
print(re.sub(r"\d", "#", s), re.sub(r"\d", "#", s, 1), re.sub(r"\d", "#", s, count=2), re.subn(r"\s", "", s))
print(re.split(r"\s", s), re.split(r"\s", s, 1), re.split(r"\s", s, maxsplit=1))
print(re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
print([m.group() for m in re.finditer(p, s)], p.search(s, 2).group(), p.search(s, pos=6).group())
print(p.match(s, 1, 3).group(), p.findall(s, 4), p.findall(string=s))
m = p.search(s)
print(m.group(0), m.group(1), m.group(2), m.group("word"), m.group(1, "word", 0), m.group())
print(m.group(True), m["word"], m.start("word"), m.span(2))
for bad in [3, -1, "nope", 1.0]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.group(word=1)
except TypeError as e:
    print("TypeError:", e)
for call in [lambda: re.search(123, "x"), lambda: re.search("x", 5), lambda: re.search("x"),
             lambda: re.search(p, "x", re.I), lambda: p.search(), lambda: p.search(b"x"),
             lambda: re.sub("x"), lambda: re.findall("(", "x")]:
    try:
        print(call())
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__ + ":", e)
print(p.search.__self__ is p, m.group.__self__ is m)
g = m.group
print(g(1), g("word"), re.search.__name__)
for call in [lambda: re.sub(), lambda: re.sub(string="x"), lambda: re.subn("a", string="b"),
             lambda: re.split(), lambda: re.compile()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
