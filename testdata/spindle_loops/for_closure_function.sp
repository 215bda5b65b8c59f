# SPINDLE-SPECIFIC (hand-written .out; CPython prints different values).
# LANGUAGE.md §1: each iteration of a `for` loop binds a fresh loop variable,
# so a closure made in the body keeps that iteration's value.
# Inside a function: lambdas appended in the loop return 0, 1, 2
# (CPython: 2, 2, 2). After the loop the variable holds its last value (2).
def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs, i
fs, last = make()
print([f() for f in fs])
print(last)
def make_defs():
    out = []
    for name in ['a', 'b', 'c']:
        def hello():
            return 'hello ' + name
        out.append(hello)
    return out
print([h() for h in make_defs()])
