# re: match/search/fullmatch, groups, named groups, Match methods, flags
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[1], m[0])
print(m.groups(), m.span(), m.start(2), m.end(2), m.span(1), m.lastindex, m.lastgroup)
print(m.re.pattern, m.string, m.pos, m.endpos)
print(repr(m))
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "  Malcolm Reynolds")
print(m.groupdict(), m["first"], m.group("last"), m.span("last"), m.lastgroup, m.lastindex)
print(re.match(r"a", "ba"), re.search(r"a", "ba").span(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.lastindex)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)
print(re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2024-05-17").expand(r"\g<m>/\g<y> \2 \g<0>"))
# code point positions with non-ASCII text
m = re.search(r"wörld", "héllo wörld")
print(m.span(), m.group())
print(re.search(r"\w+$", "naïve café").group(), re.findall(r"\w+", "ça va, привет мир 42"))
print(re.findall(r"\d", "1٣3"), re.findall(r"\d", "1٣3", re.A), re.findall(r"\s+", "a\u3000b c"))
# flags
print(re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"^\w", "ab\ncd"))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S).group() == "a\nb")
print(re.findall(r"hello", "Hello HELLO hello", re.I), re.findall(r"(?i)hello", "HeLLo"))
print(re.search(r"""
    (\d+)   # number
    \s*     # spaces
    ([a-z]+) # unit
""", "take 10 mg now", re.X).groups())
print(re.findall(r"(?i:a)b", "ABAbab"), re.compile(r"x", re.I | re.M).flags, re.compile("a").flags, re.compile(b"a").flags)
p = re.compile(r"(?P<k>\w+)=(?P<v>\d+)")
print(p.pattern, p.groups, p.groupindex, p)
print(re.compile(r"a", re.I | re.S), re.compile(b"x"))
print(p.search("x a=1 b=2", 3), p.match("x a=1", 2), p.search("a=12345", 0, 4))
# $ before a trailing newline
print(re.search(r"(\w+)$", "line one\n"), re.match(r"(\w+)=(\d+)$", "k=5\n").groups())
print(re.fullmatch(r"a$", "a\n"), re.findall(r"$", "a\n"), re.findall(r"a$", "a\na\n", re.M))
print(re.match(r"^a", "ba", ) , re.compile(r"^a").search("aaa", 1), re.compile(r"\ba").findall("a aa"))
print(re.search(r"\Aab\Z", "ab"), re.search(r"ab\Z", "ab\n"))
print(re.search(r"[\w.-]+@[\w-]+\.\w+", "mail: jo.e-x@ex-ample.com!").group())
print(re.findall(r"[^\W\d_]+", "abc_12 déf"), re.findall(r"[\s,]+", "a, b  ,c"), re.findall(r"[\D]", "a1b2"))
print(re.findall(r"[]a-]", "]a-b"), re.findall(r"[\]\\]", "a]\\b"), re.findall(r"\x41\u00e9\101\0", "Aé\x41\x00"))
print(re.findall(r"a{2}|b{1,}|c{,2}d", "aaabbbccd"), re.findall(r"x{", "x{"), re.findall(r"a*?b", "aab"))
print(re.escape("a.b*c?(d) [e] {f} 1+1=2 #x ~y &z é"), re.escape(b"a.b"))
