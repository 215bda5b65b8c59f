# A generator expression passed to sum/set/tuple/any/... in a loop: each
# iteration gets a fresh generator, whatever the previous one did (ran to
# its end, stopped early, raised, closed with a finally).


def cols(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed", n)


def main():
    totals = []
    for k in range(4):
        vec = [(k * 3 + i * 5) % 8 for i in range(8)]
        a = len(set(vec[i] + i for i in range(8)))
        b = len(set(vec[i] - i for i in range(8)))
        t = tuple(vec[i] for i in range(k))
        totals.append((a, b, t, sum(x * k for x in vec)))
    print(totals)

    for k in range(3):
        print(any(x > k for x in range(5)), all(x < k for x in range(5)))
        print(max((x for x in range(k)), default=-1), min(x for x in range(k + 1)))
        print(sorted((x for x in range(k + 2)), key=lambda v: -v))
        print(sum(x for x in cols(k + 2) if x != 1))
        print(any(x == 1 for x in cols(k + 2)))

    for k in range(3):
        try:
            print(sum(10 // (x - k) for x in range(4)))
        except ZeroDivisionError as e:
            print("error", e)
        try:
            print(set([x] for x in range(k + 1)))
        except TypeError as e:
            print("error", e)
        print(frozenset(x % 3 for x in range(k + 4)))

    # nested: the inner generator runs while the outer one is suspended
    print([sum(y for y in range(x)) for x in range(6)])
    print(sum(sum(y * x for y in range(x)) for x in range(6)))
    print(tuple(len(set(y % x for y in range(10))) for x in range(1, 6)))


main()
