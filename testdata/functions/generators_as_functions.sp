# A function containing yield anywhere is a generator function.
def maybe(flag):
    if flag:
        return 'never returned directly'
    yield 'yielded'
g = maybe(True)
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
print(list(maybe(False)))
def unreachable_yield():
    return 5
    yield
print(type(unreachable_yield()).__name__)
