# Generator expression details: the first iterable is evaluated immediately.
def source():
    print('source evaluated')
    return [1, 2, 3]
g = (x * 10 for x in source())
print('genexp created')
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)
def later():
    return (y for y in undefined_name_here)
try:
    later()
except NameError as e:
    print('NameError at creation:', e)
h = (1 / x for x in [1, 0, 2])
print(next(h))
try:
    next(h)
except ZeroDivisionError:
    print('error at second item')
print(next(h, 'generator finished after error'))
print(sum(x * x for x in range(10) if x % 2), list(a + b for a in 'xy' for b in '12'))
