# List comprehensions over a range, list or tuple are made with the
# iterable's length as capacity; the result must not depend on it.
print([i * 2 for i in range(5)], [i for i in range(0)], [i for i in range(10, 0, -3)])
src = [3, 1, 2]
out = [x for x in src if x > 1]
print(out, [x + 1 for x in (1, 2)], [x for x in []])
l = [1, 2, 3, 4]
print([l.pop() for x in l])
m = [1, 2]
r = [m.append(x) or x for x in m[:]]
print(r, m)
big = [i for i in range(70000)]
print(len(big), big[-1], sum(big))
nested = [(i, j) for i in range(3) for j in range(i)]
print(nested)
a = [x for x in range(3)]
a.append(99)
a.extend(range(3))
print(a)
try:
    [1 // (i - 2) for i in range(5)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# sort of ints: small lists (on the stack) and large ones, both orders.
for n in (0, 1, 5, 128, 129, 500):
    xs = [(i * 7919) % 1009 - 500 for i in range(n)]
    ys = sorted(xs)
    xs.sort(reverse=True)
    print(n, xs == ys[::-1], ys[:3], xs[:3])
ws = [10**6 + i % 13 for i in range(300)]
ws.sort(reverse=True)
print(ws[:5], ws[-5:])

# built-in methods called with keywords.
l = [3, 1, 2]
l.sort(reverse=True)
print(l)
l.sort(key=lambda x: -x, reverse=True)
print(l)
print("a b c".split(sep=" ", maxsplit=1), "a,b".split(maxsplit=0, sep=","))
print({"a": 1}.get("a"), dict(a=1).pop("a"))
try:
    l.sort(foo=1)
except TypeError as e:
    print("TypeError:", e)
try:
    l.sort(1)
except TypeError as e:
    print("TypeError:", e)

class L(list):
    pass
sl = L([2, 3, 1])
sl.sort(reverse=True)
print(sl, type(sl).__name__)
