# Input that is already sorted, or sorted the other way, in every kind of
# list.sort and sorted(): ints, strs, floats (0.0 == -0.0 shows stability),
# key= and reverse=; runs with ties must keep their order.
def show(label, xs, **kw):
    a = list(xs)
    a.sort(**kw)
    b = sorted(xs, **kw)
    print(label, a, a == b)

for xs in ([], [7], [1, 2], [2, 1], [1, 1], [1, 2, 2, 3], [3, 2, 2, 1], [3, 2, 1, 0], [1, 3, 2], [2, 1, 3]):
    show("int", xs)
    show("int rev", xs, reverse=True)
asc = list(range(0, 300, 3))
desc = asc[::-1]
print(sorted(asc) == asc, sorted(desc) == asc, sorted(asc, reverse=True) == desc, sorted(desc, reverse=True) == desc)
big = [2**70 + i for i in range(5)]
show("bigint rev", big, reverse=True)
show("mixed ints", [True, 2, 1.5, 0], reverse=True)

for xs in (["a", "b", "c"], ["c", "b", "a"], ["b", "b", "a"], ["a", "c", "b"], ["é", "e", "z"]):
    show("str", xs)
    show("str rev", xs, reverse=True)

def fl(xs):
    return " ".join(repr(x) for x in xs)

for xs in ([0.0, -0.0], [-0.0, 0.0], [2.0, 0.0, -0.0, -1.0], [-1.0, -0.0, 0.0, 2.0], [3.5, 2.5, 1.5], [1.5, 2.5, 0.5]):
    a = list(xs)
    a.sort()
    b = list(xs)
    b.sort(reverse=True)
    print("float", fl(a), "|", fl(b), "|", fl(sorted(xs)), "|", fl(sorted(xs, reverse=True)))
nan = float("nan")
print(len(sorted([3.0, nan, 1.0])), sorted([1.0, 2.0], reverse=True))

words = ["a", "bb", "cc", "ddd", "ee", "f"]
show("key len", words, key=len)
show("key len rev", words, key=len, reverse=True)
show("key neg", [1, 2, 3, 4], key=lambda x: -x)
show("key const rev", ["x", "y", "z"], key=lambda s: 0, reverse=True)
pairs = [(1, "a"), (1, "b"), (0, "c"), (0, "d")]
show("key first", pairs, key=lambda p: p[0])
show("key first rev", pairs, key=lambda p: p[0], reverse=True)
show("key float", [(-0.0, 1), (0.0, 2), (1.0, 3)], key=lambda p: p[0], reverse=True)

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 99 or other.v == 99:
            raise ValueError("no order for 99")
        return self.v < other.v
    def __repr__(self):
        return "L%d" % self.v

show("objects", [Loud(1), Loud(2), Loud(3)])
show("objects rev", [Loud(1), Loud(2), Loud(3)], reverse=True)
ys = [Loud(1), Loud(99), Loud(2)]
try:
    ys.sort()
except ValueError as e:
    print("ValueError:", e, sorted(y.v for y in ys))
try:
    sorted([1, 2, "3"])
except TypeError as e:
    print("TypeError:", e)
zs = [1, 2, 3]
def grow(x):
    zs.append(x)
    return x
try:
    zs.sort(key=grow)
except ValueError as e:
    print("ValueError:", e)
