# Repetition whose result cannot be allocated raises MemoryError (or
# OverflowError when the length overflows), checked before allocating.


def check(label, f):
    try:
        f()
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '-> ok')


def case0():
    "x" * 10**12


check('"x" * 10**12', case0)

def case1():
    b"x" * 10**12


check('b"x" * 10**12', case1)

def case2():
    [0] * 10**12


check('[0] * 10**12', case2)

def case3():
    (0,) * 10**12


check('(0,) * 10**12', case3)

def case4():
    [None] * (2**62)


check('[None] * (2**62)', case4)

def case5():
    "ab" * (2**62)


check('"ab" * (2**62)', case5)

def case6():
    b"ab" * (2**62)


check('b"ab" * (2**62)', case6)

def case7():
    [1, 2] * (2**62)


check('[1, 2] * (2**62)', case7)

def case8():
    (1, 2) * (2**62)


check('(1, 2) * (2**62)', case8)

def case9():
    bytearray(b"ab") * (2**62)


check('bytearray(b"ab") * (2**62)', case9)

def case10():
    [[]] * (10**12)


check('[[]] * (10**12)', case10)

def case11():
    [0] * 10**10


check('[0] * 10**10', case11)

def case12():
    "".join(["x"] * 10) * 10**12


check('"".join(["x"] * 10) * 10**12', case12)

def case13():
    [0] * 10**20


check('[0] * 10**20', case13)

def case14():
    [] * 10**20


check('[] * 10**20', case14)

def case15():
    "" * 10**20


check('"" * 10**20', case15)

def case16():
    "a" * -10**20


check('"a" * -10**20', case16)

def case17():
    [] * -10**20


check('[] * -10**20', case17)

def case18():
    (1,) * -10**20


check('(1,) * -10**20', case18)

def case19():
    b"a" * -10**20


check('b"a" * -10**20', case19)

def case20():
    bytearray(b"a") * -10**20


check('bytearray(b"a") * -10**20', case20)

def case21():
    x = [1]
    x *= 2**62


check('x = [1]; x *= 2**62', case21)

def case22():
    x = bytearray(b"a")
    x *= 2**62


check('x = bytearray(b"a"); x *= 2**62', case22)

def case23():
    x = [1, 2]
    x *= 10**12


check('x = [1, 2]; x *= 10**12', case23)

def case24():
    x = "ab"
    x *= 10**12


check('x = "ab"; x *= 10**12', case24)

def case25():
    [0] * (2**62) * 0


check('[0] * (2**62) * 0', case25)

def case26():
    print(len("a" * -2**62), [1] * True, (7,) * 2, "ab" * 3)


check('print(len("a" * -2**62), [1] * True, (7,) * 2, "ab" * 3)', case26)
