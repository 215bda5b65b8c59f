# Lists that grow past a thousand items by append, extend, +=, insert
# and comprehensions keep every item in order.
a = []
for i in range(5000):
    a.append(i * 3)
print(len(a), a[0], a[1023], a[1024], a[-1], sum(a))
b = list(range(1000))
b.extend(b)
b += b[:1500]
b.extend(x for x in range(7))
print(len(b), b[999], b[1000], b[1999], b[2000], b[3499], b[-7:])
c = list(range(1030))
for k in range(40):
    c.insert(k * 2, -k)
c.insert(len(c), "end")
c.insert(-1, "before end")
print(len(c), c[:6], c[-3:], c.count(-39), c.index(-39))
d = [x for x in range(3000) if x % 2]
d.append(None)
print(len(d), d[0], d[-2], d[-1])
e = []
for i in range(2000):
    e.append(i)
    if i % 3 == 0:
        e.pop(0)
print(len(e), e[:3], e[-3:])
f = [[i] for i in range(1100)]
f.extend(f)
f[0].append("shared")
print(len(f), f[0], f[1100], f[1100] is f[0])
