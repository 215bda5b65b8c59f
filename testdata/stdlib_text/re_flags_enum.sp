import re
print(re.M, re.I|re.M, repr(re.M), re.M == 8, re.M + 1, re.NOFLAG, re.A, type(re.M).__name__)
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile("a", re.I|re.M))
print(re.findall("A", "aA", re.I), re.findall("^b", "a\nb", flags=re.M), re.M | 2, int(re.S), re.X & re.VERBOSE)
print(re.I in (re.I | re.M), re.RegexFlag(10), isinstance(re.M, int), f"{re.M}", str(re.M))
print(re.sub("a", "b", "AaA", flags=re.IGNORECASE), re.split("x", "aXb", flags=re.I))
print(re.I|re.M|re.S|re.A|re.U, list(re.RegexFlag.__members__))
