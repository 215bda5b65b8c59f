# Exceptions raised inside generators propagate to the consumer and finish the generator.
def risky():
    yield 1
    raise ValueError('inside generator')
    yield 2
g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('ValueError:', e)
print(next(g, 'exhausted'))
def stop_inside():
    yield 1
    raise StopIteration('converted')
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', type(e.__cause__).__name__, e.__cause__)
def returns_in_try():
    try:
        yield 'a'
        return 'ret'
    finally:
        print('finally before StopIteration')
print(list(returns_in_try()))
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
