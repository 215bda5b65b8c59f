# %d/%i/%u of ints with widths, zero/left padding and signs (the fast path
# that writes the digits directly), against bools, big ints and bytes.
for fmt in ["%d", "%5d", "%-5d|", "%05d", "%02d", "%0-5d|", "%-05d|", "%3d", "%i", "%u", "%010d", "%1d", "%0d", "%64d|", "%065d"]:
    print(repr(fmt % 7), repr(fmt % -42), repr(fmt % 0), repr(fmt % 123456789012), repr(fmt % True), repr(fmt % (2**70)))
print(b"%05d|%d" % (3, -4), "%s-%d-%s" % ("a", 5, "b"), "%(x)03d" % {"x": 9})
