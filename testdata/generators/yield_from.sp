# yield from: delegation, return value of the subgenerator, iterables.
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield from [10, 20]
    yield from 'ab'
    yield from range(2)
    return 'outer result'
g = outer()
print(list(g))
g = outer()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print('final value', e.value)
        break
print(out)
def tree(n):
    if n:
        yield n
        yield from tree(n - 1)
        yield from tree(n - 1)
print(list(tree(3)))
def empty():
    return 'nothing yielded'
    yield
def wrap():
    v = yield from empty()
    yield v
print(list(wrap()))
