# Order of evaluation in comprehensions: outer iterable once, inner iterables per outer item.
log = []
def src(tag, items):
    log.append(tag)
    return items
r = [(a, b) for a in src('outer', [1, 2]) for b in src('inner', 'xy') if log.append('cond') is None]
print(r)
print(log)
log.clear()
d = {log.append('key') or k: log.append('value') or v for k, v in [(1, 2)]}
print(d, log)
print([x for x in range(3) for x in range(x)])
