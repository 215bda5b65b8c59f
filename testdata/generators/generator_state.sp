# Generator objects keep independent state; locals survive across yields.
def counter(start):
    n = start
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = start
        else:
            n += 1
a = counter(0)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
print(a.send('reset'), next(a))
def pairs(seq):
    it = iter(seq)
    for x in it:
        yield x, next(it, None)
print(list(pairs([1, 2, 3, 4, 5])))
def enumerate_like(seq, start=0):
    i = start
    for item in seq:
        yield i, item
        i += 1
print(list(enumerate_like('abc', 1)))
g = enumerate_like([])
print(list(g), list(g))
