import sys
class C: pass
class S:
    def __sizeof__(self): return 100
class D(dict): pass
def f(): pass
vals = [0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**90, -2**30, True, False, 1.5, None,
        "", "a", "ab", "é", "éa", "€", "€a", "😀", "😀a", b"", b"a", b"abc",
        bytearray(), bytearray(b"a"), bytearray(b"abc"), (), (1,), (1, 2, 3),
        [], [1, 2, 3], {}, {"a": 1}, {"a": 1, "b": 2}, {1: 2},
        dict.fromkeys("abcdefgh"), dict.fromkeys(range(30)), set(), {1}, set(range(5)),
        set(range(30)), frozenset(range(10)), C(), S(), f, range(5), slice(1), sys, len]
for v in vals:
    print(type(v).__name__, sys.getsizeof(v))
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
print(sys.getsizeof(1, 5))
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
class Bad:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(e)
