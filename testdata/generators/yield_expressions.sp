# yield as an expression in various positions.
def g():
    x = yield
    print('x =', x)
    y = (yield x) + 1
    print('y =', y)
    yield (yield 'nested')
gen = g()
print(next(gen))
print(gen.send('first'))
print(gen.send(10))
print(gen.send('inner value'))
def yield_none():
    yield
    yield
print(list(yield_none()))
def yield_tuple():
    yield 1, 2
print(next(yield_tuple()))
