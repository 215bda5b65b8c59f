# Big-int temporaries inside one expression are reused for the next
# operator (products, quotients, remainders, sums): results must be those
# of the plain operators, whatever the signs, sizes and reuse order.
q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 300:
    if 4 * q + r - t < n * t:
        digits.append(n)
        q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
    else:
        q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                            (q * (7 * k + 2) + r * l) // (t * l), l + 2)
print("".join(map(str, digits[:50])), sum(digits))

a = 3 ** 200
b = -(7 ** 150)
c = 2 ** 64
for x, y in [(a, b), (b, a), (a, c), (-a, c), (b, -c), (c, 3), (-c, 3), (a, a), (b, b)]:
    print((x * 2 + 1) // (y * 1 + 0), (x * 2 + 1) % (y * 1 + 0),
          (x * y + x) // (y + 0 * y) - x, (x - 1) * (y + 1) * (x + y) % 1000003)
# A temporary that ends up in int64 range, then reused.
print((c * c) // (c * c) + 1, (c * c - 1) % (c * 1) * 2, (a * 1) // (a + 1) - 5)
print((2 ** 63) * 1 // 2 + 0, (-(2 ** 63)) * 1 // -1 + 0, (-(2 ** 63)) * 1 % -1 + 0)
for e in [lambda: (a * 2) // (a * 0) + 1, lambda: (a * 2) % (c - c) + 1,
          lambda: (a + 1) // (0 * a) * 2]:
    try:
        print(e())
    except ZeroDivisionError as err:
        print("ZeroDivisionError", err)
# The same values as separate statements (no temporaries).
u = 4 * q
u = u + r
u = u - t
v = n * t
print(u < v, u - v, (4 * q + r - t) - (n * t))
keep = [x * 3 + 1 for x in (a, b, c)]
more = [(x * 5) // 7 for x in (a, b, c)]
print(keep, more)
# Comparisons with an arithmetic tree on a side.
nan = float("nan")
fx, fy = 0.5, 1.25
print(fx * fx + fy * fy < 4.0, fx * 2 == 1.0, fx + nan != fx + nan, fx + nan == fx + nan,
      fx * 2 <= 1, 3 * 2 > fy * 4, (a * 2 + 1) > (a + a), (a * 2) == (a + a),
      (c * c) // c == c, (c - 1) * 1 >= c, fx * 2 < a * 1, -a * 2 < fx * 1)
print(fx * nan < 1, fx * nan >= 1, (fx * 2 > 0.5) + 1, [b * 2 < b + b, b * 2 != b * 2])
try:
    print(fx * 2 < "a" * 2)
except TypeError as err:
    print("TypeError", err)
