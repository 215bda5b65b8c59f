# Closures and generators together; closures over loop state in while loops.
def make_ids(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f'{prefix}-{n}'
    return next_id
a, b = make_ids('a'), make_ids('b')
print(a(), a(), b(), a())
def gen_with_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(4):
        add(i)
        yield total
print(list(gen_with_closure()))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print('computing', n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))
