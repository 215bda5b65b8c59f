# Racy programs must not crash: eight threads call one closure that rebinds its cell (n = n + 1) and
# replaces a list held in another cell, others read both; a shared generator is advanced by all of them
# (ValueError "generator already executing" is the only error allowed); every value read is one some
# thread wrote
def make():
    n = 0
    items = []
    def bump():
        nonlocal n, items
        n = n + 1
        items = items + [n]   # a fresh list each time
        return n
    def peek():
        return n, items
    return bump, peek

bump, peek = make()
errors = []
bad = []

def counter_gen():
    i = 0
    while True:
        i += 1
        yield i

gen = counter_gen()
pulled = Mutex([])

def worker(k):
    for _ in range(1000):
        v = bump()
        if type(v) is not int or v < 1:
            bad.append(v)
        n, items = peek()
        if type(n) is not int or type(items) is not list or (items and type(items[-1]) is not int):
            bad.append((n, items))
        try:
            x = next(gen)
            with pulled.lock() as p:
                p.append(x)
        except ValueError as e:
            if str(e) != "generator already executing":
                errors.append(str(e))

await:
    for k in range(8):
        async: worker(k)

n, items = peek()
got = pulled.get()
print("bad values:", bad, "other errors:", errors)
print("counter in range:", 1 <= n <= 8000, "list holds counter values:", len(items) >= 1 and all(type(x) is int and 1 <= x <= 8000 for x in items))
print("generator values unique:", len(got) == len(set(got)), "and in range:", all(1 <= x <= 8000 for x in got))
print("nothing lost from the generator:", sorted(got) == list(range(1, len(got) + 1)))
