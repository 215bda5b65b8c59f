# Generators shared between threads: next(), send() and close() from eight
# threads at once, on generators that delegate with `yield from` (so a
# delegate's frame is suspended on one thread and resumed on another).
# Only CPython's ValueError("generator already executing") may occur;
# the values come out in order and each once.
def inner(n):
    for i in range(n):
        yield i
    return n

def outer(n):
    total = yield from inner(n)
    yield total

def counter():
    i = 0
    while True:
        x = yield i
        i += 1 if x is None else x

gens = [outer(50) for _ in range(4)]
c = counter()
next(c)
errors = set()
seen = []

def consume(k):
    for i in range(600):
        j = (k + i) % 4
        g = gens[j]
        try:
            seen.append(next(g))
        except ValueError as e:
            errors.add(str(e))
        except StopIteration:
            gens[j] = outer(50)
        try:
            c.send(1)
        except ValueError as e:
            errors.add(str(e))
        if i % 97 == 0:
            try:
                g.close()
            except ValueError as e:
                errors.add(str(e))

await:
    for k in range(8):
        async: consume(k)

print("unexpected errors:", sorted(errors - {"generator already executing"}))
print(len(seen) > 0, all(0 <= x <= 50 for x in seen))
print(next(c) >= 0)
