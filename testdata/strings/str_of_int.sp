# str(int) writes the digits straight into the new str.
class I(int):
    def __str__(self):
        return "I!"

class J(int):
    pass

for v in (0, 7, -7, 99, 100, -100, 2**63 - 1, -2**63, 2**64, -2**100, True, False, I(5), J(6)):
    s = str(v)
    print(s, len(s), type(s).__name__, s == repr(v) or type(v).__name__)
print([str(i) for i in range(-3, 12, 3)], str(10**18)[::-1], str(-1) + str(1))
print(str(), str(""), str("x"), str(b"ab"), str(b"ab", "ascii"), str(1.5))
