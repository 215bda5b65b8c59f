# Higher-order functions, lambdas, closures over mutable state and
# comprehensions (list, dict, set, nested).


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run


def make_counter():
    n = 0

    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc


def make_adders(k):
    return [lambda x, i=i: x + i for i in range(k)]


def main():
    double = lambda x: x * 2
    square = lambda x: x * x
    f = compose(double, square, lambda x: x + 1)
    adders = make_adders(10)
    counter = make_counter()
    total = 0
    for i in range(800000):
        total += f(i % 100)
        total += adders[i % 10](i)
        counter(i % 3)
    pairs = [(x, y) for x in range(200) for y in range(x) if (x + y) % 7 == 0]
    by_mod = {k: sum(x for x, y in pairs if x % 11 == k) for k in range(11)}
    uniq = {(x * y) % 1000 for x, y in pairs}
    mapped = list(map(lambda p: p[0] - p[1], filter(lambda p: p[0] % 2, pairs)))
    srt = sorted(pairs[:2000], key=lambda p: (p[1] % 13, -p[0]))
    acc = 0
    for rep in range(500):
        acc += sum([g(rep) for g in adders])
        acc += sum(map(compose(double, adders[rep % 10]), range(100)))
    print(total, counter(0), len(pairs), sorted(by_mod.items())[:3], len(uniq),
          sum(mapped), srt[:3], acc)


main()
