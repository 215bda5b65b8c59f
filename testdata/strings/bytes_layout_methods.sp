# bytes/bytearray ljust, rjust, center, zfill, expandtabs, splitlines, islower/isupper/istitle; bytearray.fromhex.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
for T in (bytes, bytearray):
    b = T(b"ab")
    t("ljust", lambda: (b.ljust(5), b.ljust(5, b"*"), b.ljust(1), b.rjust(5, b"0"), b.center(7, b"-"), b.center(6), T(b"abc").center(6), T(b"abc").center(8, b"."), b.center(1)))
    t("bad fill", lambda: b.ljust(5, b"**"))
    t("bad fill str", lambda: b.ljust(5, "*"))
    t("bad fill ba", lambda: b.center(5, bytearray(b"xy")))
    t("zfill", lambda: (T(b"42").zfill(5), T(b"-42").zfill(5), T(b"+x").zfill(4), T(b"").zfill(3), T(b"abc").zfill(2)))
    t("expandtabs", lambda: (T(b"a\tbc\td").expandtabs(), T(b"a\tb\nc\td").expandtabs(4), T(b"\t").expandtabs(0)))
    t("splitlines", lambda: (T(b"a\nb\r\nc\rd").splitlines(), T(b"a\nb\r\n").splitlines(True), T(b"").splitlines(), T(b"x\x0by").splitlines(keepends=True)))
    t("case", lambda: (T(b"abc1").islower(), T(b"ABC1").isupper(), T(b"123").islower(), T(b"Hello World").istitle(), T(b"Hello world").istitle(), T(b"HeLLo").istitle(), T(b"").isupper()))
t("fromhex", lambda: (bytearray.fromhex("de ad be ef"), bytes.fromhex("00ff")))
