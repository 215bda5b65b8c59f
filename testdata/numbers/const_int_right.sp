# Binary operators with a constant int on the right (`j * 2`, `i % 7`):
# ints of every sign and size, and the other types that take an int.
class M:
    def __mul__(self, k):
        return "M*%d" % k
    def __rmod__(self, k):
        return "never"
    def __mod__(self, k):
        return "M%%%d" % k

def ops(x):
    out = [x * 3, x % 7, x % -7, x // 2, x // -2, x ** 2, x / 4, x - 5, x + 5]
    if not isinstance(x, float):
        out += [x & 6, x | 9, x ^ 5, x << 3, x >> 1]
    return out

for x in (0, 1, -1, 7, -7, 13, 2**62, -2**63, 2**64 + 3, True, 2.5, -0.0):
    print(x, ops(x))
for x in (9, -9, 2**63 - 1):
    print(x * -1, x % -1, x // -1, x << 70, x >> 100, x * 4, x - 3 * 2)
print("ab" * 3, [1] * 2, (1,) * 2, M() * 3, M() % 4, "%d" % 5, b"x" * 2)
for bad in (lambda x: x % 0, lambda x: x // 0, lambda x: x * 2, lambda x: x >> -1):
    for v in (5, 5.0, None):
        try:
            print(bad(v))
        except (ZeroDivisionError, TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
def f(n):
    return [j * 2 for j in range(n)], [j % 3 for j in range(n)], [j // 3 for j in range(-n, n)]
print(f(6))
