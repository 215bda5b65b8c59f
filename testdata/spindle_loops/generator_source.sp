# SPINDLE-SPECIFIC (hand-written .out; CPython prints different values).
# LANGUAGE.md §1: each iteration of a `for` loop binds a fresh loop
# variable — also when the loop runs over a fresh generator (which Spindle
# runs inline, generator_push.go), in a generator body, and in a
# comprehension clause over a generator. CPython prints [2, 2, 2] on every
# line but the second.
def gen(n):
    for i in range(n):
        yield i


fs = []
for x in gen(3):
    fs.append(lambda: x)
print([f() for f in fs])
print(x)


def make():
    fs = []
    for x in gen(3):
        fs.append(lambda: x)
    return fs


print([f() for f in make()])


def closures(src):
    for x in src:
        yield lambda: x


print([f() for f in list(closures(gen(3)))])
print([f() for f in [lambda: y for y in gen(3)]])
