# a[i:j:k] = b[l:m:n]: the items are copied without an intermediate list
# when both are lists; every other combination behaves as the two steps.
def trace(name, v):
    print("eval", name)
    return v


p = list(range(10))
p[:4] = p[3::-1]
print(p)
p[2:5] = p[7:]
print(p)
p[::2] = p[1::2]
print(p)
p[:] = p[::-1]
print(p)
p[1:3] = p[5:5]
print(p)
q = list("abcdefghijklmnopqrstuvwxyz") * 2
p[:2] = q[::3]
print(len(p), p[:5], p[-3:])
trace("target", p)[trace("lo", 0):trace("hi", 2)] = trace("source", q)[trace("a", 1):trace("b", 3)]
print(p[:4])
for bad in [lambda: p.__setitem__(slice(None, None, 2), [1]),
            ]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    p[::2] = q[:3]
except ValueError as e:
    print("ValueError", e)
try:
    p[:2] = q[::0]
except ValueError as e:
    print("ValueError", e)
try:
    n = None
    p[:2] = n[1:2]
except TypeError as e:
    print("TypeError", e)


class Seq:
    def __getitem__(self, s):
        print("getitem", s)
        return [s.start, s.stop]

    def __setitem__(self, s, v):
        print("setitem", s, v)


class Idx:
    def __index__(self):
        print("index")
        return 1


s = Seq()
s[1:2] = p[:3]
p[:1] = s[4:5]
print(p[:4])
s[::2] = s[:1]
p[Idx():2] = p[Idx():3]
print(p[:4])
t = (1, 2, 3, 4)
p[:3] = t[::-1]
print(p[:5])
p[:2] = "xy"[:]
print(p[:5])
p[1:2] = p
print(len(p), p[:4])
