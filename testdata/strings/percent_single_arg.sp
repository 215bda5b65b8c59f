# `format % x` with x not a tuple: x is the only argument.
for i in (7, 5000, -123456789):
    print("item-%d" % i, "%5d|" % i, "%x" % i, "%r" % i)
print("%s" % "s", "%s" % [1, 2], "%s" % None, "%.2f" % 2.5, "[%c]" % 65)
print("%(a)s-%(b)d" % {"a": "x", "b": 3}, "%s" % {"k": 1}, "%%" % ())
for fmt, arg in (("%d %d", 1), ("%d", "s"), ("x", 5), ("%(a)s", 5), ("%", 1), ("%d", (1, 2))):
    try:
        print(fmt % arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"%d-%s" % (1, b"x"), b"%d" % 42)
