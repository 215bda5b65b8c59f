# replace() and join() whose result cannot be allocated raise MemoryError
# before building it.


def check(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)


big = "x" * 10**7
bbig = big.encode()
check("str.replace", lambda: big.replace("x", big))
check("str.replace empty", lambda: big.replace("", big))
check("str.replace count", lambda: big.replace("x", big, 2))
check("str.join", lambda: big.join(["a"] * 10**6))
check("bytes.join", lambda: bbig.join([b"a"] * 10**6))
check("bytes.replace", lambda: bbig.replace(b"x", bbig))
check("bytes.replace empty", lambda: bbig.replace(b"", bbig))
check("small replace", lambda: "abc".replace("b", "xyz"))
check("small join", lambda: ", ".join(["a"] * 5))
