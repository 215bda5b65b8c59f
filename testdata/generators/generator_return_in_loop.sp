# return inside a generator loop ends iteration; value goes to StopIteration.value.
def first_n_even(limit):
    n = 0
    for x in range(100):
        if x % 2 == 0:
            yield x
            n += 1
            if n == limit:
                return n
print(list(first_n_even(3)))
def collector():
    items = []
    while True:
        v = yield
        if v is None:
            return items
        items.append(v)
def driver():
    result = yield from collector()
    yield result
d = driver()
next(d)
d.send('a')
d.send('b')
print(d.send(None))
