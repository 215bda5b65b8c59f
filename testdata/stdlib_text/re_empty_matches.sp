# Empty matches in findall/finditer/sub/subn/split follow CPython 3.7+:
# an empty match may follow a non-empty one, and after an empty match the
# search at the same position must advance (a lazy or alternative pattern
# then gives its non-empty match there).
import re

SUBJECTS = ["ab", "baac", "axb", "", "a b", "éé", "xéx", "aab\nab", "a\u00e9a"]
PATTERNS = [r"\w*?", r"a*?", r"x*?", r"x*", r"(?:|a)", r"a??", r"(a|)", r"(?=a)|a",
            r"(?<=a)\w*?", r"\b|a", r"(a)\1*?|", r"(?:a|)*?", r"$|a", r"(?m)^|b",
            r"é??", r"[^a]*?", r"(?i)A*?", r"\s*", r"(?P<x>b)??"]

for pat in PATTERNS:
    for s in SUBJECTS:
        print(repr(pat), repr(s))
        print("  findall", re.findall(pat, s))
        print("  spans  ", [m.span() for m in re.finditer(pat, s)])
        print("  groups ", [m.groups() for m in re.finditer(pat, s)])
        print("  sub    ", re.sub(pat, "-", s), re.subn(pat, "<\\g<0>>", s))
        print("  split  ", re.split(pat, s), re.split(pat, s, maxsplit=2))

# bytes, pos/endpos, count
p = re.compile(rb"a*?")
print(p.findall(b"baac"), p.sub(b"-", b"baac", count=3), p.split(b"xaay"))
q = re.compile(r"\w*?")
print(q.findall("abcd", 1, 3), [m.span() for m in q.finditer("abcd", 1, 3)])
print(q.sub(lambda m: "[" + m.group() + "]", "héllo"))
print(re.sub(r"(?:x|)??", "-", "axxb"), re.split(r"(x??)", "axb"))
# '$' before a final newline: the match stays empty (no endless loop)
print(repr(re.sub(r"(?:\S?)$|a", "[\g<0>]", "\n", flags=re.A)), re.findall(r"\S?$", "ab\n"), re.split(r"x?$", "a\n"))
