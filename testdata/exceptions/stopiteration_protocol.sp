# StopIteration and next() with default; iter() with sentinel.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
