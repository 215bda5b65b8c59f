# bytes(n), bytearray(n) and collecting a range allocate their size at
# once: too large is MemoryError (OverflowError past Py_ssize_t).


def check(label, f):
    try:
        f()
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '-> ok')


def case0():
    bytearray(10**13)


check('bytearray(10**13)', case0)

def case1():
    bytes(10**13)


check('bytes(10**13)', case1)

def case2():
    bytearray(2**62)


check('bytearray(2**62)', case2)

def case3():
    bytes(2**62)


check('bytes(2**62)', case3)

def case4():
    bytearray(2**63)


check('bytearray(2**63)', case4)

def case5():
    bytes(2**63)


check('bytes(2**63)', case5)

def case6():
    list(range(10**15))


check('list(range(10**15))', case6)

def case7():
    list(range(2**62))


check('list(range(2**62))', case7)

def case8():
    tuple(range(10**13))


check('tuple(range(10**13))', case8)

def case9():
    bytes(range(10**13))


check('bytes(range(10**13))', case9)

def case10():
    bytearray(range(10**13))


check('bytearray(range(10**13))', case10)

def case11():
    sorted(range(10**15))


check('sorted(range(10**15))', case11)

def case12():
    print(len(bytes(10)), len(bytearray(3)), list(range(3)))


check('print(len(bytes(10)), len(bytearray(3)), list(range(3)))', case12)


def extend_range():
    x = []
    x.extend(range(10**15))


def iadd_range():
    x = []
    x += range(10**15)


check("x.extend(range(10**15))", extend_range)
check("x += range(10**15)", iadd_range)
