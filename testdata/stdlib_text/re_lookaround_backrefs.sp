# re: backreferences and lookaround (run by the backtracking matcher): findall/sub/split/groups, fixed-width lookbehind errors, bytes
import re
tests = [
    (r"(\w+) \1", "hello hello world"),
    (r"(?<!^)(?=[A-Z])", "camelCaseString"),
    (r"\d+(?=px)", "10px 20em 30px"),
    (r"(?<=@)\w+", "me@host you@other"),
    (r"^(?=.*\d)(?=.*[a-z]).{6,}$", "abc123"),
    (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"yo\""),
    (r"\bthe\b", "the other then the"),
    (r"a{2,}?", "aaaa"),
    (r"(?i)straße", "STRASSE straße"),
    (r"[\w.-]+@[\w-]+\.\w+", "a.b-c@d-e.com"),
    (r"\Aab", "abab"),
    (r"ab\Z", "abab"),
    (r"(a|b)*c", "ababc"),
    (r"(?x) \d+  # digits", "a 12 b"),
    (r"[^\s]+", "a b\tc"),
    (r"(?s).+", "a\nb"),
    (r"\u00e9", "café"),
    (r"(\d)(?!\d)", "123 45"),
    (r"(?<![\d.])\d+(?![\d.])", "1.5 22 3"),
    (r"(.)\1+", "aabbbcd"),
]
for pat, s in tests:
    try:
        print(pat, re.findall(pat, s), re.sub(pat, "_", s))
    except re.error as e:
        print(pat, "re.error", e)
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "camelCaseString").lower())
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.split(r"(?<=[.!?]) +", "One. Two! Three? Four"))
def show(pat, s, flags=0):
    try:
        r = re.compile(pat, flags)
        m = r.search(s)
        print(repr(pat), r.groups, r.groupindex, m and (m.group(0), m.groups(), m.span(), m.lastindex, m.groupdict()), re.findall(pat, s, flags), re.sub(pat, "<\\g<0>>", s, flags=flags), re.split(pat, s, flags=flags))
    except re.error as e:
        print(repr(pat), "re.error:", e)
show(r"(?P<word>\w+)\s+(?P=word)", "it is is the the end")
show(r"(?i)(\w)\1", "aA bb Cc")
show(r"(\w)(\w)?\2", "abb xx")
show(r"(?<=\$)(\d+)(?:\.(\d\d))?", "cost $12.50 and $7")
show(r"(?<!\w)cat(?!\w)", "cat concat cat. bobcat")
show(r"^(?!#).+$", "#c\nline1\n#x\nline2", re.M)
show(r"(?<=a|b)c", "ac bc cc")
show(r"(?<=ab|c)d", "abd cd")
show(r"(?<=a+)b", "aab")
show(r"(a)(?=(b))", "abab")
show(r"(?=(\w\w))", "abcd")
show(r"\b(\w+)(?:\W+\1\b)+", "hello hello hello world world")
show(r"""(?x) (?<= \d) (?= (\d{3})+ (?!\d) )""", "1234567")
show(r"(['\"])(?:(?!\1).)*\1", "x = 'a\"b' + \"c'd\"")
print(re.findall(rb"(?<=\x00)\w+", b"\x00abc\x01def"), re.sub(rb"(.)\1", b"<\\1>", b"aabcc"))
show(r"(\d+)(?=%)", "50% of 20")
show(r"x*(?=y)", "xxy")
show(r"(?m)(?<=^)\w", "ab\ncd")
show(r"(a|ab)(c|bcd)(d*)\1", "abcdabcd")
show(r"(?:(a)|b)\1", "aa ba")
show(r"\1(a)", "aa")
show(r"(?P<n>a)(?P=m)", "aa")
show(r"(?<=(a))b", "ab")
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.fullmatch(r"(?=\w+$)[a-z]+", "abc"), re.match(r"(\w)\1", "aab"), [m.span() for m in re.finditer(r"(?<=[aeiou])[^aeiou\s]", "banana split")])
pw = re.compile(r"^(?=.*[A-Z])(?=.*\d)(?=.*[!@#$]).{8,}$")
print([bool(pw.match(p)) for p in ["Passw0rd!", "password", "PASSWORD1!", "Sh0rt!"]])
print(re.findall(r"(?<!b)+a(?=a)?", "aab ba"), re.findall(r"(a)(?=b){2}", "abab"))
for bad in [r"(?<=a)\b+", r"(a)\1${2}", r"(?=x)^*"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
