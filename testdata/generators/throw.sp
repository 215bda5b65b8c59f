# throw(): raise inside the generator at the paused yield.
def gen():
    while True:
        try:
            yield 'normal'
        except ValueError as e:
            print('handled', e)
            yield 'recovered'
g = gen()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated KeyError', e)
try:
    next(g)
except StopIteration:
    print('generator is finished')
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('RuntimeError:', e)
def fin():
    try:
        yield 1
    finally:
        print('finally on throw')
h = fin()
next(h)
try:
    h.throw(TypeError('typed'))
except TypeError as e:
    print('TypeError:', e)
