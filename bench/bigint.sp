# Pidigits-style spigot: digits of pi from the unbounded spigot of Gibbons,
# using only big-integer arithmetic (multiply, add, floor division, compare).


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return out


def main():
    digits = pi_digits(4000)
    s = "".join(map(str, digits))
    for i in range(0, 100, 10):
        print(s[i:i + 10], "\t:%d" % (i + 10))
    print(len(s), sum(digits), s[-20:])
    f = 1
    for i in range(1, 1500):
        f *= i
    print(len(str(f)), f % 1000000007, (f >> 5000) % 997, bin(f).count("1"))


main()
