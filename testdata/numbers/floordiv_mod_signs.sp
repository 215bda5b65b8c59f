# Floor division and modulo follow the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, -1)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(-1 // 10, -1 % 10)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(-0.0 % 5, 0.0 % -5)
print(5 % 0.5, 5.25 % 0.5)
print(divmod(7.5, 2), divmod(-7.5, 2))
print((-2**70) // 3, (-2**70) % 3, divmod(2**70, -7))
print(-3 % 1.5, 1e308 % 3)
print(-1e-20 % 1.0)
