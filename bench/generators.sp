# Pipelines of generators: generator functions, generator expressions,
# yield from, send(), itertools-free chaining.


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


def windows(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def flatten(seqs):
    for s in seqs:
        yield from s


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


def main():
    s1 = sum(scaled(evens(numbers(2500000)), 3))
    s2 = sum(w[0] * w[2] - w[1] for w in windows(numbers(500000), 3))
    s3 = sum(flatten((range(i % 10) for i in range(250000))))
    rm = running_mean()
    next(rm)
    last = 0
    for x in (i * i % 1000 for i in range(500000)):
        last = rm.send(x)
    s4 = max((x for x in numbers(500000) if x % 7 == 3), default=-1)
    print(s1, s2, s3, last, s4)


main()
