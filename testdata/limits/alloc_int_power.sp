# Spindle-specific (expectations written by hand): an int power whose
# result would exceed Spindle's int size cap (2**32 bits, see
# runtime/alloc_limit.go) raises MemoryError at once. CPython starts
# computing these and runs for hours (or until malloc fails); math/big
# has no FFT multiplication, so Spindle would never finish either.
# Powers with a known small result (bases 0, 1, -1) still work.


def check(label, f):
    try:
        print(label, "->", f())
    except MemoryError as e:
        print(label, "->", type(e).__name__, e)


check("2 ** (10 ** 20)", lambda: 2 ** (10 ** 20))
check("10 ** (10 ** 10)", lambda: 10 ** (10 ** 10))
check("7 ** (2 ** 40)", lambda: 7 ** (2 ** 40))
check("pow(10, 10 ** 10)", lambda: pow(10, 10 ** 10))
check("(1 << 2 ** 20) ** (2 ** 13)", lambda: (1 << 2 ** 20) ** (2 ** 13))
check("(-3) ** (2 ** 33)", lambda: (-3) ** (2 ** 33))
check("len(str(2 ** 10000))", lambda: len(str(2 ** 10000)))
check("(-1) ** (10 ** 20)", lambda: (-1) ** (10 ** 20))
check("(-1) ** (10 ** 20 + 1)", lambda: (-1) ** (10 ** 20 + 1))
check("1 ** (10 ** 30)", lambda: 1 ** (10 ** 30))
check("0 ** (10 ** 30)", lambda: 0 ** (10 ** 30))
check("pow(10, 10 ** 10, 7)", lambda: pow(10, 10 ** 10, 7))
check("(2 ** 1000) ** 3 == 2 ** 3000", lambda: (2 ** 1000) ** 3 == 2 ** 3000)
