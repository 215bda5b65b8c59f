import fnmatch

names = ["a.txt", "b.py", "README", ".hidden", "data1.csv", "data22.csv", "x[1].txt", "ab\ncd", "Makefile"]
for pat in ["*.txt", "*.py", "*", "?.py", "data?.csv", "data*.csv", "[ab].*", "[!ab]*", "*[0-9].csv",
            "x[[]1].txt", "[]]", "[!]]", "a*b", "ab?cd", ".*", "*E*", "[a-c]*", "[z-a]*", "[!]", "[", "[!", "*.{txt,py}"]:
    print(repr(pat), fnmatch.filter(names, pat))

print(fnmatch.fnmatch("foo.TXT", "*.txt"), fnmatch.fnmatchcase("foo.TXT", "*.TXT"))
print(fnmatch.fnmatch("a-b", "a[-]b"), fnmatch.fnmatch("a-b", "a[a-]b"), fnmatch.fnmatch("a\\b", "a[\\]b"))
print(fnmatch.fnmatch("a&b", "a[&&]b"), fnmatch.fnmatch("a|b", "a[|~]b"), fnmatch.fnmatch("a^b", "a[^]b"))
print(fnmatch.fnmatch("é.txt", "?.txt"), fnmatch.fnmatch("日本", "[日]*"))
print(fnmatch.fnmatch(b"abc.py", b"*.py"), fnmatch.filter([b"x.c", b"y.h"], b"*.c"))

for pat in ["*.txt", "a*b*c", "*a*", "**", "?", "[abc]", "[!abc]", "[a-z]", "[a-]", "[!]]", "[]]", "[^x]",
            "[", "a[]b", "[z-a]", "[!z-a]", "[a-b-c]", "[a-c-e]", "[\\]", "[&~|]", "a b\t#", "(x)+{y}",
            "*a*b*", "***x", "[!-]", "[--]", "[a--]", "[[]", "[]-a]", "foo[a-d-f]bar"]:
    print(repr(pat), repr(fnmatch.translate(pat)))

for call in [lambda: fnmatch.fnmatch(1, "a"), lambda: fnmatch.fnmatch("a", 1), lambda: fnmatch.fnmatchcase(1, "a"),
             lambda: fnmatch.fnmatch("a", b"a"), lambda: fnmatch.fnmatch(b"a", "a"), lambda: fnmatch.translate(1),
             lambda: fnmatch.filter(1, "a"), lambda: fnmatch.fnmatch("a"), lambda: fnmatch.filter(["a", 2], "a")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
