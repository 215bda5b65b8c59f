# Pipelines: generators passed straight to generator functions.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def scaled(src, k):
    for x in src:
        yield x * k


def noisy(src):
    try:
        for x in src:
            yield x
    finally:
        print("noisy finally")


def take(src, n):
    out = []
    for x in src:
        out.append(x)
        if len(out) == n:
            break
    return out, list(src)


def header_then_rest(src):
    for x in src:
        head = x
        break
    rest = []
    for x in src:
        rest.append(x)
    return head, rest


print(sum(scaled(evens(numbers(20)), 3)))
print(list(scaled(noisy(numbers(3)), 2)))
print(take(numbers(6), 2))
print(header_then_rest(numbers(4)))
print(max(scaled(evens(numbers(9)), -1)))


def stage_fails(src):
    for x in src:
        if x == 3:
            raise IndexError("stage")
        yield x


try:
    print(sum(stage_fails(numbers(10))))
except IndexError as e:
    print("caught", e)


def twice(src):
    total = 0
    for x in src:
        total += x
    for x in src:
        total += 1000
    yield total


print(list(twice(numbers(4))))


# A generator passed positionally to *args or by keyword stays a plain
# generator object (only plain positional parameters can own it).
def spread(*args):
    for a in args:
        print(type(a).__name__, list(a))


spread(numbers(3))


def kwonly(*, src=None):
    for x in src:
        print(x)


kwonly(src=numbers(2))


def pos(src, *rest):
    for x in src:
        print("x", x)
    print(len(rest), [type(r).__name__ for r in rest])


pos(numbers(2), numbers(1), (y for y in range(2)))
