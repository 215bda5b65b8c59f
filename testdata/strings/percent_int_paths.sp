# %-format of ints: small ints, the int64 edges, big ints past them, bools
# and floats for %d, with every flag, width and precision.
for v in [0, 1, -1, 7, 255, 256, -256, 2**63 - 1, -2**63, 2**63, -2**64 - 5, 10**30, True, False]:
    print("%d|%i|%u|%x|%X|%o|%#x|%#o|%+d|% d|%05d|%-6d|%.4d|%8.3x|%+#X|%#08x" % ((v,) * 16))
for f in [3.7, -3.7, 0.0, -0.5, 1e20]:
    print("%d %i %5d %-5d|" % (f, f, f, f))
print("%d%%" % 5, "%(a)d-%(b)x" % {"a": -12, "b": 255})
for bad in [3.5, "7", None]:
    try:
        print("%x" % bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%d" % "7")
except TypeError as e:
    print("TypeError:", e)
