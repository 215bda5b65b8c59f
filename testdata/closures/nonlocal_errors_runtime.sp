# nonlocal and closures across multiple levels and with deletion.
def a():
    v = 'a'
    def b():
        def c():
            nonlocal v
            v = v + 'c'
            return v
        return c()
    r = b()
    return r, v
print(a())
def deleted():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print('NameError:', e)
deleted()
def unbound_local():
    def get():
        return w
    try:
        return get()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    w = 1
unbound_local()
