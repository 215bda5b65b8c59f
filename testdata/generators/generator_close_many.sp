# Many half-consumed generators dropped: each one's state is independent.
def gen(i):
    yield i
    yield i * 2
    yield i * 3
total = 0
for i in range(20000):
    g = gen(i)
    total += next(g)
    if i % 2:
        total += next(g)
print(total)
def with_finally(log, i):
    try:
        yield i
    finally:
        log.append(i)
log = []
gens = [with_finally(log, i) for i in range(3)]
for g in gens:
    next(g)
for g in gens:
    g.close()
print(log)
