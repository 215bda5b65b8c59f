# Generator expressions and generator calls passed to builtins that
# consume them (their frames are borrowed from the caller): errors before,
# during and after the run leave the caller able to call on as usual.


def noisy(n):
    for i in range(n):
        print("noisy", i)
        yield i


def bad_key():
    raise KeyError("key")


def f(x):
    return x + 1


for attempt in range(2):
    try:
        sorted((f(x) for x in range(3)), key=bad_key())
    except KeyError as e:
        print("KeyError", e)
    try:
        sum((x for x in range(3)), "a")
    except TypeError as e:
        print("TypeError", e)
    try:
        max(x for x in [])
    except ValueError as e:
        print("ValueError", e)
    try:
        sum(1 // (x - 1) for x in range(3))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(sum(noisy(3)), max(f(x) for x in range(4)), tuple(f(x) for x in noisy(2)))
    print(sorted(set(f(x) % 3 for x in range(9))), any(f(x) > 2 for x in noisy(5)))
    print(min((f(x) for x in range(5)), key=lambda v: -v), list(f(x) for x in range(3)))
