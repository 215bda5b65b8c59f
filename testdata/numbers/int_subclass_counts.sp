# Instances of int subclasses (class I(int), IntEnum, IntFlag) and of
# classes with __index__ as %-format arguments and repetition counts.
import enum
class I(int): pass
class C(enum.IntEnum):
    A = 3
class F(enum.IntFlag):
    R = 4
print("%d %x %s" % (I(5), I(255), I(7)))
print("%d %d" % (C.A, F.R))
print("%i %o %5.1f" % (C.A, F.R, I(2)))
print([0, 1] * I(2))
class X:
    def __index__(self): return 2
print([0] * X(), "ab" * X(), (1,) * X(), b"x" * X())
print(list(F), list(enum.IntFlag("G", "a b")))
print(I(2) * [7], X() * "ab" if False else "skip", C.A * "z", "z" * C.A)
class R:
    def __index__(self): return 2
    def __rmul__(self, other): return "rmul wins"
print([1] * R(), "s" * R())
ba = bytearray(b"q") * X()
print(ba)
l = [1]; l *= I(3); print(l)
t = (1, 2) * F.R; print(len(t))
class B:
    def __index__(self): return "no"
try:
    [0] * B()
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * B()
except TypeError as e:
    print("TypeError:", e)
print("%d|%5.2f|%x|%r" % (I(42), I(3), C.A, C.A))
