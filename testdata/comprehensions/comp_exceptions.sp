# Exceptions inside comprehensions propagate; partial results are discarded.
def check(x):
    if x == 3:
        raise ValueError('bad %d' % x)
    return x
result = 'unset'
try:
    result = [check(x) for x in range(5)]
except ValueError as e:
    print('ValueError:', e)
print(result)
try:
    {k: 1 / k for k in [1, 0]}
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    [x for x in 5]
except TypeError as e:
    print('TypeError:', e)
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print('ValueError:', e)
