# Loop counters and running totals above the small-int cache are stored in
# place in the frame (runtime.IntSlots): every value that leaves the frame
# must keep the value it had, whatever the variable holds later.


class Keep:
    def __init__(self):
        self.seen = []

    def __radd__(self, o):
        self.seen.append(o)
        return 7000

    def __gt__(self, o):
        self.seen.append(o)
        return False

    def __lt__(self, o):
        self.seen.append(o)
        return True


def counters(n):
    keep = []
    t = 5000
    for i in range(10000, 10000 + n):
        keep.append(i)
        t += i * 3
        keep.append(t)
        if t > 1000000:
            t -= 999983
    return keep, t, i


def containers():
    d = {}
    s = set()
    for i in range(100000, 100004):
        d[i] = i
        s.add(i)
    t = (i, i)
    k = 200000
    ks = []
    while k < 200004:
        ks.append(k)
        k += 1
    return sorted(d.items()), sorted(s), t, ks, [j for j in range(300000, 300003)]


def user_code():
    kp = Keep()
    t = 100000
    for i in range(3):
        t += 1
    r = t + 0
    t += kp  # __radd__ keeps the old value of t
    u = 50000
    u += 1
    c1 = kp < u  # reflected: Keep.__gt__(u)
    c2 = u > kp  # Keep.__lt__(u)
    u += 1
    return kp.seen, r, t, u, c1, c2


def names_and_generators():
    t = 400000
    t += 1
    snap = locals()["t"]
    t += 1

    def gen():
        for g in range(500000, 500003):
            yield g

    got = list(gen())
    it = gen()
    first = next(it)
    second = next(it)
    return snap, t, got, first, second


def floats_and_types():
    t = 100000
    t += 1
    t += 0.5
    u = 100000
    u += 2
    u -= 1.25
    w = 2**40
    w += 2**62
    w += 2**62  # overflows int64: a big int
    v = 9000
    v *= 10**15
    return t, u, w, v, type(w).__name__


def many_locals():
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = 0
    keep = []
    for a8 in range(600000, 600003):
        a7 += a8
        keep.append(a8)
        keep.append(a7)
    return keep, a0 + a1 + a2 + a3 + a4 + a5 + a6


def unbound():
    for i in range(70000, 70002):
        pass
    del i
    try:
        i += 1
    except UnboundLocalError as e:
        return str(e)


def identity():
    for j in range(9000, 9002):
        pass
    a = [j]
    b = j
    return a[0] is j, b == j, -j, j ** 1, j + 0, abs(j), str(j), j.bit_length()


def recursive(n, acc):
    for i in range(80000, 80000 + n):
        acc += i
    if n == 0:
        return [acc]
    return [acc] + recursive(n - 1, acc)


print(counters(5))
print(containers())
print(user_code())
print(names_and_generators())
print(floats_and_types())
print(many_locals())
print(unbound())
print(identity())
print(recursive(3, 10000))
