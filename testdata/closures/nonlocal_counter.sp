# nonlocal: counters, accumulators, independent closures.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc(5)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'set by inner'
        inner()
        return x
    return middle(), x
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    f()
    return x
print(shadow())
