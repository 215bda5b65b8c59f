# array.array: typed arrays, sequence ops, bytes round trips, overflow and type errors
from array import array
import array as arraymod

a = array("i", [1, 2, 3])
print(repr(a), a, len(a), a[0], a[-1], a[1:], a.typecode, a.itemsize)
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.extend(array("i", [7]))
print(a, a.pop(), a.pop(0), a.index(3), a.count(2), 3 in a, 9 in a)
a[0] = 10; a[1:3] = array("i", [20, 30, 40]); del a[-1]
print(a, a.tolist(), list(reversed(a)), sum(a), max(a))
a.reverse(); a.remove(20)
print(a, a + array("i", [1]), a * 2, array("i", [1, 2]) == array("i", [1, 2]), array("i", [1]) < array("i", [2]))
b = array("d", [1.5, 2.25])
b += array("d", [3.0]); b *= 2
print(b, repr(array("d")), array("f", [1.1]), array("u", "héllo"), array("u", "hi").tounicode())
print(array("h", [1, -2]).tobytes(), array("h", b"\x01\x00\xfe\xff"), array("B", b"abc").tolist())
c = array("I", [1, 2]); c.byteswap()
print(c, array("q", [-(2**63), 2**63 - 1]), array("Q", [2**64 - 1]), array("b", [-128, 127]))
print(array("l", range(5)), array("d", (x / 2 for x in range(4))), array("i", array("i", [9])))
e = array("i"); e.frombytes(array("i", [5, 6]).tobytes()); e.fromlist([7])
print(e, e[::2], e[::-1], arraymod.typecodes, isinstance(e, arraymod.array))
for tc, v in [("b", 200), ("b", -200), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1),
              ("q", 2**63), ("Q", -1), ("i", "x"), ("f", "x"), ("i", 1.5), ("u", 5), ("d", None)]:
    try:
        array(tc, [v])
    except (OverflowError, TypeError) as err:
        print(tc, v, type(err).__name__, err)
for thunk in [lambda: array("z"), lambda: a.remove(99), lambda: a.index(99), lambda: a[50], lambda: a + array("d"),
              lambda: a + [1], lambda: array("i").pop(), lambda: array("i", "abc"), lambda: a.frombytes(b"123")]:
    try:
        thunk()
    except (ValueError, IndexError, TypeError) as err:
        print(type(err).__name__, err)
try:
    a[0:1] = [1]
except TypeError as err:
    print("TypeError:", err)
