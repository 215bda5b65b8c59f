# for a, b in enumerate(...) / zip(x, y): the pairs are stored without a
# tuple; everything observable is as with the tuple.
xs = ["a", "b", "c"]
for i, x in enumerate(xs):
    print(i, x)
for i, x in enumerate(xs, 2 ** 63 - 2):
    print(i, x)
for i, x in enumerate(xs, -1):
    if i == 0:
        continue
    print(i, x)
else:
    print("else ran")
for a, b in zip(xs, range(10)):
    if b == 1:
        break
    print(a, b)
else:
    print("not printed")
[p, q] = 0, 0
for [p, q] in zip("xy", "uvw"):
    pass
print(p, q)
e = enumerate(xs)
for i, x in e:
    print(i, x, next(e, None))
try:
    for a, b in zip([1, 2], [3], strict=True):
        print(a, b)
except ValueError as err:
    print("ValueError", err)
try:
    for a, b in zip([1], [3, 4], strict=True):
        print(a, b)
except ValueError as err:
    print("ValueError", err)


def gen():
    yield 1
    raise KeyError("boom")


try:
    for i, v in enumerate(gen()):
        print(i, v)
except KeyError as err:
    print("KeyError", err)


def find(seq, want):
    for i, v in enumerate(seq):
        if v == want:
            return i
    return -1


print(find("hello", "l"), find("hello", "z"))
lst = [1, 2, 3]
for i, v in enumerate(lst):
    if i == 0:
        lst.append(4)
    print(i, v)
d = {"k": 1, "j": 2}
for k, v in zip(d, d.values()):
    print(k, v)
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
try:
    for a, b in enumerate(5):
        pass
except TypeError as err:
    print("TypeError", err)


class Obj:
    pass


o = Obj()
for o.a, o.b in enumerate("z"):
    print(o.a, o.b)
for a, b in zip(*[[1, 2], [3, 4]]):
    print(a + b)
