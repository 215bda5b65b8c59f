# Matches on ASCII subjects (which take the backtracking matcher) agree
# with CPython: alternation order, greedy and lazy loops, groups that did
# not take part, assertions at pos/endpos, fullmatch, and a pattern whose
# backtracking explodes (the matcher gives up and Go's regexp answers).
import re

cases = [
    (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"(a+?)(b*)", "aaabbb"),
    (r"(a*?)(a*)b", "aaab"),
    (r"(?:(a)|b)+", "ab"),
    (r"(a)?(b)?c", "bc"),
    (r"x*", "yxx"),
    (r"(\w+)@(\w+)\.com", "mail bob@example.com now"),
    (r"(?i)hello (W\w+)", "say HeLLo world"),
    (r"(?m)^(\d+)$", "a\n12\n345\n"),
    (r"\bfoo\b", "foobar foo"),
    (r"\Bo+\B", "foo boot"),
    (r"[^\"]*\"(.*?)\"", 'say "hi" and "bye"'),
    (r"(?s)<(.+)>", "<a\nb> <c>"),
    (r"<(.+)>", "<a\nb> <c>"),
    (r"a{2,3}?", "aaaa"),
    (r"(?:ab){2,}", "abababx"),
    (r"\s+|\S+", "  xy z"),
    (r"(\d+)\.(\d+)\.(\d+)\.(\d+)", "ip 10.20.30.40 and 1.2.3"),
    (r"$", "ab\n"),
    (r"a$", "a\n"),
    (r"(?:a|a)+b", "a" * 28),
    (r"(?:a|a)+b", "a" * 28 + "b"),
]
for pat, s in cases:
    p = re.compile(pat)
    m = p.search(s)
    print(pat, repr(s), m and (m.span(), m.groups(), m.lastindex))
    print("  findall", p.findall(s))
    print("  match", bool(p.match(s)), "fullmatch", bool(p.fullmatch(s)))
    print("  sub", p.sub("<\\g<0>>", s))

p = re.compile(r"(?m)^\w+|\b\d+\b|x$")
for pos, end in [(0, 9), (1, 9), (3, 6), (4, 5), (2, 2)]:
    m = p.search("ab 123 x\nx", pos, end)
    print(pos, end, m and m.span())
print(re.compile(r"\d+$").search("12 34", 0, 2), re.compile(r"^\d").match("x1", 1))
print(re.compile(r"(?P<w>\w)(?P<d>\d)?").fullmatch("a").groupdict())
print(re.findall(r"\d+", "1 é 22 ü 333"), re.findall(r"\w+", "naïve café"))
