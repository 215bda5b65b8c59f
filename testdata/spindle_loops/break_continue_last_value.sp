# SPINDLE-SPECIFIC (hand-written .out; CPython prints different closure values).
# LANGUAGE.md §1: fresh bindings per iteration also with continue/break; after
# the loop (including after a break) the variable holds its last value, as in
# Python. An empty loop leaves the variable untouched.
# CPython would print [4, 4, 4] for the closures.
def make():
    fs = []
    for i in range(10):
        if i % 2:
            continue
        fs.append(lambda: i)
        if i == 4:
            break
    return [f() for f in fs], i
print(make())
def empty():
    x = 'untouched'
    for x in []:
        pass
    return x
print(empty())
def never_bound():
    for y in []:
        pass
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError'
print(never_bound())
