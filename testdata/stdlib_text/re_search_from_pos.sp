# Searches that start past position 0 (pos=, findall/finditer/sub/split
# after a match) must see the character before the start for ^, \A, \b
# and \B, while patterns without those assertions scan the rest freely.
import re

text = "ab\nab cab\nxab_ab ab"
for pat, flags in [(r"^ab", re.M), (r"^ab", 0), (r"\Aab", 0), (r"\bab", 0),
                   (r"\Bab", 0), (r"ab\b", 0), (r"^a|ab", re.M), (r"(?:^|c)ab", re.M),
                   (r"ab", 0), (r"x?ab", 0), (r"\bab|b", 0), (r"$", re.M), (r"^", re.M)]:
    p = re.compile(pat, flags)
    row = []
    for pos in range(len(text) + 1):
        m = p.search(text, pos)
        row.append("-" if m is None else "%d:%d" % m.span())
    print(repr(pat), int(flags), " ".join(row))
    print("  match:", [pos for pos in range(len(text) + 1) if p.match(text, pos)])
    print("  findall:", p.findall(text), [m.span() for m in p.finditer(text)])
    print("  sub:", repr(p.sub("<>", text)), "split:", p.split(text))

# Patterns whose every match starts at a line start.
t2 = "ab\n\nxab\nab x\n"
for pat in [r"(?m)^", r"(?m)^$", r"(?m)(^x|^ab)", r"(?m)^(\w+) ?", r"(?m)^ab|^$", r"(?m)^ab$"]:
    p = re.compile(pat)
    print(repr(pat), [p.search(t2, i) and p.search(t2, i).span() for i in range(len(t2) + 1)],
          p.findall(t2), repr(p.sub("|", t2)), [m.span() for m in p.finditer(t2, 1, 9)])

# Non-ASCII text and positions counted in code points (no \b here: it
# is ASCII-only in Spindle, see re_translate.go).
u = "é ab\néab ñab\nab"
for pat, flags in [(r"^ab", re.M), (r"ab", 0), (r"(?m)^.", 0)]:
    p = re.compile(pat, flags)
    print(repr(pat), [p.search(u, i) and p.search(u, i).span() for i in range(len(u) + 1)])
    print("  ", p.findall(u), p.sub("#", u))

# Bytes patterns.
b = b"ab\nab cab\n\xe9ab"
for pat in [rb"^ab", rb"\bab", rb"ab"]:
    p = re.compile(pat, re.M)
    print(pat, [m.span() for m in p.finditer(b)], p.findall(b), p.search(b, 1))

# finditer matches keep the pos/endpos the iterator was given.
p = re.compile(r"\d")
print([(m.group(), m.pos, m.endpos) for m in p.finditer("a1b2c3d", 1, 6)])
print([(m.group(), m.pos, m.endpos) for m in re.finditer(r"x*", "axx")])

# Empty matches (CPython 3.7+ rules) with look-behind assertions.
for pat in [r"\b", r"\B", r"^", r"x*", r"(?m)^x*", r"x|\b"]:
    print(repr(pat), re.findall(pat, "ax x\nxa"), repr(re.sub(pat, "-", "ax x\nxa")),
          re.split(pat, "ax x\nxa"))

# A long log-like text scanned by patterns with and without ^.
lines = ["10.%d.%d.1 - [%02d:%02d:%02d] GET /p%d" % (i % 7, i % 11, i % 24, i % 60, (i * 7) % 60, i)
         for i in range(300)]
log = "\n".join(lines)
print(len(re.findall(r"^10\.(\d+)\.", log, re.M)), sum(map(int, re.findall(r"^10\.(\d+)\.", log, re.M))))
print(sum(int(m.group(1)) for m in re.finditer(r":(\d\d):\d\d\]", log)))
print(len(re.findall(r"\b\d+\b", log)), len(re.findall(r"\B\d", log)))
print(re.sub(r"\d+\.\d+\.\d+\.\d+", "x.x.x.x", log)[:120])
