# round/pow/divmod/abs with keyword arguments and mixed types.
print(round(2.5), round(3.5), round(-2.5), round(2.567, ndigits=2), round(number=1.25, ndigits=1))
print(pow(base=2, exp=5), pow(2, 5, mod=3), divmod(-9, 4), abs(-3.5), abs(-0))
print(round(1e-10, 5), round(123, 1), type(round(123, 1)).__name__, round(0.5 + 1e-16))
print(round(-1.5), round(-0.5), round(0.5), round(1.5), round(2**53 + 0.5))
