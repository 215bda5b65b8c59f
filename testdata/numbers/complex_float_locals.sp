# Float locals kept in the frame's mutable boxes (augmented assignment,
# unpacked results) that become complex: x **= 0.5 on a negative x, y += 1j.
def f():
    x = -2.0
    y = 0.5
    for i in range(3):
        x **= 0.5
        y += 1j
        y *= 0.5
    z = -8.0
    a, b = z ** (1/3), z * 1j
    a += b
    w = 1.5
    w -= 2j
    w = w * w
    return x, y, a, b, w
print(f())
def g(n):
    t = 0.0
    for i in range(n):
        t += (-1.5) ** (i / 2)
        t = t - 0.25
    return t
print(g(5))
