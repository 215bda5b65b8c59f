# Each call of the enclosing function creates new cells.
def make_acc():
    items = []
    total = 0
    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total, list(items)
    return add
a1 = make_acc()
a2 = make_acc()
print(a1(1), a1(2), a2(10), a1(3), a2(20))
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(10)(100), outer('a')('b')('c'))
f = outer(1)
print(f(2)(3), f(20)(30))
