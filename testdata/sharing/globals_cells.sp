# Globals and closure cells written and read by many threads: every read
# sees some value that was written (LANGUAGE.md §2.6).
g = 0
seen = []

def writer(w):
    global g
    for i in range(300):
        g = (w, i)
        v = g
        if not (isinstance(v, tuple) or v == 0):
            seen.append(v)

def make_counter():
    cell = None
    def bump(w):
        nonlocal cell
        for i in range(300):
            cell = [w, i]
            c = cell
            if len(c) != 2:
                seen.append(c)
    def get():
        return cell
    return bump, get

bump, get = make_counter()
await:
    for w in range(8):
        async: writer(w)
        async: bump(w)
print(seen)
print(type(g).__name__, len(g), type(get()).__name__, len(get()))

total = Mutex(0)
def add():
    for i in range(200):
        total.update(lambda n: n + 1)
await:
    for w in range(8):
        async: add()
print(total.get())
