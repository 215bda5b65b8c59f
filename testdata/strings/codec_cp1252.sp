# cp1252 (windows-1252): the whole byte table, encode/decode error handlers and messages
print(bytes(range(128, 256)).decode("cp1252", errors="replace"))
print(bytes(range(128, 160)).decode("windows-1252", "backslashreplace"), bytes(range(128, 160)).decode("cp1252", "ignore"))
print("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ café".encode("cp1252"))
print("x\u20adé\u0101\u0102y".encode("cp1252", "replace"), "x\u20ady".encode("cp1252", "xmlcharrefreplace"), "x\u20ady".encode("cp1252", "backslashreplace"), "a\u20ad".encode("cp1252", "ignore"))
for bad in [lambda: "x\u20ad".encode("cp1252"), lambda: "\u0101\u0102!".encode("cp1252"), lambda: b"ok\x81".decode("cp1252")]:
    try:
        bad()
    except UnicodeError as e:
        print(type(e).__name__, e)
print(b"\x93quoted\x94 \x96 dash".decode("cp1252"), "’".encode("cp1252"))
