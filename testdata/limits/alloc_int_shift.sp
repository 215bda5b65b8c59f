# Left shifts too large to allocate raise MemoryError; counts past
# Py_ssize_t digits raise OverflowError, as in CPython.


def check(label, f):
    try:
        f()
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '-> ok')


def case0():
    1 << 10**12


check('1 << 10**12', case0)

def case1():
    1 << 2**62


check('1 << 2**62', case1)

def case2():
    1 << 2**63


check('1 << 2**63', case2)

def case3():
    (-5) << 2**62


check('(-5) << 2**62', case3)

def case4():
    1 << (2**70)


check('1 << (2**70)', case4)

def case5():
    (-1) << (2**70)


check('(-1) << (2**70)', case5)

def case6():
    0 << 2**70


check('0 << 2**70', case6)

def case7():
    1 << -1


check('1 << -1', case7)

def case8():
    print((1 << 100) >> 98, 3 << 64, (-1) >> 2**70, 5 >> 2**70)


check('print((1 << 100) >> 98, 3 << 64, (-1) >> 2**70, 5 >> 2**70)', case8)
