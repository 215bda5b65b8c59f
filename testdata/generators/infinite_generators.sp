# Infinite generators consumed manually with next() and bounded loops.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
print(take(5, naturals()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(10, primes()))
def cycle(seq):
    while True:
        yield from seq
c = cycle('abc')
print(''.join(next(c) for _ in range(7)))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens), next(evens))
big = fib()
for _ in range(100):
    v = next(big)
print(v)
