# Closures capture variables, not values: later assignments are visible.
def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
def make_list():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return [f() for f in fs]
print(make_list())
def defaults_capture():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda i=i: i)
        i += 1
    return [f() for f in fs]
print(defaults_capture())
def cell_shared():
    v = []
    def add(x):
        v.append(x)
    def read():
        return list(v)
    return add, read
add, read = cell_shared()
add(1); add(2)
print(read())
