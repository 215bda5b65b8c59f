# return/break/continue in finally override pending returns and exceptions.
def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            continue
    return 'loop finished', i
print(h())
def k():
    while True:
        try:
            return 'from try'
        finally:
            break
    return 'after break'
print(k())
def order():
    x = 'before'
    try:
        return x
    finally:
        x = 'changed in finally'
        print('finally sees', x)
print(order())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
print(counter())
