# A float and an int in one operator (not a tree): the int converts to the
# nearest float, as in CPython.
big = 2 ** 53 + 1
pw = lambda a, b: a ** b
vals = [0, 1, -3, 7, big, -big, 2 ** 62, 4096, 4097]
for f in [0.5, -1.25, 1e300, float("inf"), float("nan"), -0.0]:
    out = []
    for i in vals:
        out.append(repr(f * i))
        out.append(repr(i * f))
        out.append(repr(f + i))
        out.append(repr(i - f))
        for op in [lambda a, b: a / b, pw, lambda a, b: a // b, lambda a, b: a % b]:
            try:
                out.append(repr(op(f, i)))
            except (ZeroDivisionError, OverflowError) as e:
                out.append(type(e).__name__ + ": " + str(e))
            try:
                out.append(repr(op(i, f)))
            except (ZeroDivisionError, OverflowError) as e:
                out.append(type(e).__name__ + ": " + str(e))
    print(" ".join(out))
x = 3
print(x / 2.0, 2.0 / x, x - 0.5, True * 1.5, 1.5 + False, 10 ** 400 * 1.0 if False else 0)
try:
    print(1.5 * 10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
