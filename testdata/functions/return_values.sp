# return: implicit None, multiple values, early return, return in loops.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, 'two', [3]
def early(x):
    for i in range(10):
        if i == x:
            return 'found %d' % i
    return 'not found'
print(nothing(), bare(), multi(), early(3), early(20))
a, b, c = multi()
print(a, b, c)
def nested_return():
    while True:
        for i in range(3):
            if i == 1:
                return i
print(nested_return())
def returns_function():
    return lambda: 'inner'
print(returns_function()())
