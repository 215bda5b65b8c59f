# ZeroDivisionError messages for every operator.
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: 2**100 // 0,
    lambda: 2**100 / 0,
]
for i, t in enumerate(tests):
    try:
        t()
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError))
