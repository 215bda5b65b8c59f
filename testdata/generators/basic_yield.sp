# Generator basics: lazy execution, StopIteration, exhaustion, iteration protocol.
def gen():
    print('start')
    yield 1
    print('between')
    yield 2
    print('end')
g = gen()
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
try:
    next(g)
except StopIteration:
    print('still exhausted')
print(list(gen()))
print(iter(g) is g, hasattr(g, '__next__'), type(g).__name__)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(3)))
for v in countdown(3):
    print('loop', v)
print(next(countdown(0), 'default'))
