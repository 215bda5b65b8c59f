# A float local that is augmented-assigned is stored in place in the frame
# (runtime.IntSlots.SetFloat): every value that leaves the frame must keep
# the value it had, whatever the variable holds later.


class Keep:
    def __init__(self):
        self.seen = []

    def __radd__(self, o):
        self.seen.append(o)
        return 1.5

    def __gt__(self, o):
        self.seen.append(o)
        return False


def totals(n):
    keep = []
    x = 0.0
    y = 1.0
    for i in range(n):
        x += (i * 0.5) ** 0.5
        y *= 1.5
        y -= 0.25
        keep.append(x)
        keep.append(y)
        keep.append((x, y))
    d = {x: y}
    s = {x}
    return keep, d, s, x, y


def escapes():
    kp = Keep()
    x = 2.5
    x += 0.5
    r = [x, str(x), repr(x), f"{x:.1f}", x.hex(), x.is_integer(), -x, abs(x)]
    x += kp  # __radd__ sees 3.0 and must keep it
    z = 10.0
    z /= 4
    c = z < kp  # reflected: Keep.__gt__(2.5)
    z += 1
    return r, x, kp.seen, z, c


def gen():
    t = 0.5
    for i in range(3):
        t += 0.25
        yield t


def closure():
    t = 1.0
    t += 1.0
    f = lambda: t
    t += 1.0
    return f()


def mixed():
    v = 1.0
    v += 2      # float += int
    w = 3
    w += 0.5    # int += float
    u = 10**20
    u += 0.5
    q = 7.0
    q //= 2     # floor division: the general path
    m = 7.5
    m %= 2
    e = 2.0
    e **= 0.5
    try:
        z = 1.0
        z /= 0
    except ZeroDivisionError as ex:
        print("ZeroDivisionError:", ex)
    return v, w, u, q, m, e, locals()["v"]


def unpacked(n):
    keep = []
    x, y = 0.5, 1.0
    for i in range(n):
        x, y = x + y * 0.5, y * 2.0 - x
        keep.append((x, y))
        a, b = x * 1.0, i + 0.5
        keep.append([a, b])
    return keep, x, y


keep, d, s, x, y = totals(5)
print(keep)
print(d, s, x, y)
print(escapes())
print(list(gen()))
print(closure())
print(mixed())
print(unpacked(4))
