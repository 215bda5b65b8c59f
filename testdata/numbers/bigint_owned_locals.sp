# A local assigned a fresh big-int result by an unpacking assignment
# (`q, r = q*k, r*l`) owns it, and the next such assignment reuses its
# storage; any read that hands the value on (a
# call, a container, user code behind an operator, locals(), a return,
# a yield) must keep the value it saw, whatever is assigned later.


def spigot(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return "".join(map(str, out))


print(spigot(300)[-40:])


class Keeper:
    """Keeps the other operand of an operator it takes part in."""

    def __init__(self):
        self.kept = []

    def __add__(self, other):
        return self

    def __radd__(self, other):
        self.kept.append(other)
        return self

    def __gt__(self, other):
        self.kept.append(other)
        return False

    __lt__ = __gt__


def handed_on():
    seen = []
    kp = Keeper()
    q, p = 3 ** 100 * 1, 3 ** 100 * 1
    for i in range(5):
        seen.append(q)              # a call: q is handed on
        q, p = q * 3, p * 1
        r, q = q, q * 5             # r holds q's old value
        seen.append(r)
        _ = q + (kp + 0)            # user code behind an arithmetic tree
        q, i = q * 7 + 1, i + 0
        if p < (kp + 0):            # and behind a comparison
            pass
        p, q = p * 2, q - 0
    ns = locals()                   # locals() hands every local on
    q, p = q * 11, p * 11
    print(ns["q"] * 11 == q, ns["p"] * 11 == p)
    print([x % 1000003 for x in seen])
    print([x % 1000003 for x in kp.kept])
    return q


print(handed_on() % 1000003)


def swaps():
    a = 2 ** 80 * 3
    b = 2 ** 90 * 5
    for _ in range(4):
        a, b = b, a                 # plain names: not arithmetic
        a, b = a * 3, b * 1
        a, b = b + 0, a - 0
    return a, b


print(swaps())


def gen():
    q = 7 ** 40 * 1
    for _ in range(4):
        yield q
        q, z = q * 7, 0
        q, z = q - 1, z


g = list(gen())
print([x % 1000003 for x in g], g[0] * 7 - 1 == g[1])


def errors():
    q, r = 5 ** 60 * 1, 5 ** 60 * 1
    try:
        q, r = q * 2, 1 // (r - r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, q == 5 ** 60, r == q)
    try:
        q, r = q * 1 + "x", r * 1
    except TypeError as e:
        print("TypeError:", e)
    del q
    try:
        q, r = q * 2, r * 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    q, r = 9 ** 30 * 1, 0
    q, r = q // (9 ** 29) + 0, r    # a result back in int64 range
    q, s = q * 2, q * (2 ** 70)
    return q, s


print(errors())


def closures():
    q = 11 ** 30 * 1
    fs = []
    for i in range(3):
        fs.append(lambda q=q: q)    # a default value: a read that hands q on
        q, i = q * 11 + i, i + 0
    return [f() % 1000003 for f in fs], q % 1000003


print(closures())


def nested_targets():
    q = 13 ** 25 * 1
    box = [0]
    for _ in range(3):
        (q, box[0]), = ((q * 13, q),)
        q, box[0] = q * 13, q
    return q % 1000003, box[0] % 1000003, box[0] * 13 == q


print(nested_targets())


def augmented():
    kp = Keeper()
    seen = []
    f = 1
    for i in range(1, 60):
        f *= i                      # a fresh product each time, owned by f
        if i % 7 == 0:
            seen.append(f)          # handed on: must keep its value
        if i % 11 == 0:
            g = f                   # another name for the same int
            f += 1
            f -= 1
            seen.append(g)
    f += kp                         # user code sees f: f is now kp
    t = 2 ** 100
    t //= 3
    t %= 10 ** 20
    t -= 2 ** 80
    t += 2 ** 81
    try:
        t //= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        t %= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    m = -(2 ** 63)
    m //= -1                        # two int64s whose quotient is big
    m *= m
    big = 0
    for j in range(200):
        big += 2 ** 70 + j
        big -= j
    return ([x % 1000003 for x in seen], [x % 1000003 for x in kp.kept],
            t, m, big)


print(augmented())


def many_locals(n):
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = 0
    late = 3 ** 50                  # a local past the mutable int boxes
    keep = []
    for _ in range(n):
        late *= 3
        keep.append(late)
    return a0 + a7, [x % 1000003 for x in keep]


print(many_locals(4))
