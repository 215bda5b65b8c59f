# Padding methods and format widths too large to allocate raise
# MemoryError; arguments past Py_ssize_t / C int raise OverflowError.


def check(label, f):
    try:
        f()
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '-> ok')


def case0():
    "x".ljust(10**12)


check('"x".ljust(10**12)', case0)

def case1():
    "a".center(10**12)


check('"a".center(10**12)', case1)

def case2():
    "a".rjust(10**12)


check('"a".rjust(10**12)', case2)

def case3():
    "a".zfill(10**12)


check('"a".zfill(10**12)', case3)

def case4():
    "x".ljust(2**62)


check('"x".ljust(2**62)', case4)

def case5():
    "x".ljust(2**63)


check('"x".ljust(2**63)', case5)

def case6():
    "x".center(2**63)


check('"x".center(2**63)', case6)

def case7():
    "1".zfill(2**63)


check('"1".zfill(2**63)', case7)

def case8():
    "\ta".expandtabs(10**12)


check('"\\ta".expandtabs(10**12)', case8)

def case9():
    "\t".expandtabs(2**31)


check('"\\t".expandtabs(2**31)', case9)

def case10():
    "%*d" % (10**12, 1)


check('"%*d" % (10**12, 1)', case10)

def case11():
    "%*d" % (2**62, 1)


check('"%*d" % (2**62, 1)', case11)

def case12():
    "%10000000000000d" % 1


check('"%10000000000000d" % 1', case12)

def case13():
    "%*d" % (2**63, 1)


check('"%*d" % (2**63, 1)', case13)

def case14():
    "%.*d" % (10**12, 1)


check('"%.*d" % (10**12, 1)', case14)

def case15():
    "%.*f" % (2**31, 1.0)


check('"%.*f" % (2**31, 1.0)', case15)

def case16():
    "%.3000000000d" % 1


check('"%.3000000000d" % 1', case16)

def case17():
    "%*s" % (10**12, "")


check('"%*s" % (10**12, "")', case17)

def case18():
    b"%*d" % (10**12, 1)


check('b"%*d" % (10**12, 1)', case18)

def case19():
    format(1, "10000000000000d")


check('format(1, "10000000000000d")', case19)

def case20():
    format(1, "99999999999999999999d")


check('format(1, "99999999999999999999d")', case20)

def case21():
    format(1.0, ".10000000000000f")


check('format(1.0, ".10000000000000f")', case21)

def case22():
    format(1.0, ".3000000000")


check('format(1.0, ".3000000000")', case22)

def case23():
    format(1, "x<10000000000000d")


check('format(1, "x<10000000000000d")', case23)

def case24():
    format("a", "10000000000000")


check('format("a", "10000000000000")', case24)

def case25():
    format(1, "10000000000000q")


check('format(1, "10000000000000q")', case25)

def case26():
    format(1.5, "100000000000000")


check('format(1.5, "100000000000000")', case26)

def case27():
    format(1, "9223372036854775808d")


check('format(1, "9223372036854775808d")', case27)

def case28():
    format(1, "9223372036854775807d")


check('format(1, "9223372036854775807d")', case28)

def case29():
    format(1, ".10000000000000")


check('format(1, ".10000000000000")', case29)

def case30():
    "{:10000000000000}".format("")


check('"{:10000000000000}".format("")', case30)

def case31():
    f"{1:10000000000000}"


check('f"{1:10000000000000}"', case31)

def case32():
    print(repr(format("abc", ".10000000000000")), "%5d|" % 3, "ab".center(6, "*"), "-1".zfill(4))


check('print(repr(format("abc", ".10000000000000")), "%5d|" % 3, "ab".center(6, "*"), "-1".zfill(4))', case32)
