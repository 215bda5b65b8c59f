# Strs made by % formatting, upper() and lower() (one allocation each,
# runtime/str_box.go) stay intact while lots of garbage is collected,
# whole, sliced, as dict keys and inside other strs.
keep = []
parts = []
d = {}
for i in range(60000):
    s = "item-%d/%s" % (i, "x" * (i % 40))
    u = s.upper()
    low = u.lower()
    if i % 97 == 0:
        keep.append(u)
        parts.append(low[5:9])
        d[u] = i
    junk = ["%d" % j for j in range(20)]
print(len(keep), keep[:3], keep[-1])
print(parts[:5], parts[-1])
ok = all(keep[k] == ("item-%d/%s" % (k * 97, "x" * ((k * 97) % 40))).upper() for k in range(len(keep)))
print(ok, all(d[u] == int(u[5:].split("/")[0]) for u in d))
print("%s|%5s|%-5s|%.2s|%r|%c|%%|%i" % ("ab", "cd", "ef", "ghij", "k'", 65, 7))
print("ÄbC".upper(), "ÄbC".lower(), "ß".upper(), "ǅ".lower(), "ABC".upper(), "abc".lower(), "".lower())
print("%(a)s-%(b)d" % {"a": "x", "b": 3}, "%s" % ((1, 2),), "%5.1f|%x|%o|%e" % (3.14159, 255, 8, 12345.678))
big = "%s" % ("y" * 5000)
print(len(big), big.upper()[:3], len("%s%s" % (big, big)))
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
print(b"%s-%d" % (b"ab", 5), b"aBc".upper(), b"AbC".lower())
