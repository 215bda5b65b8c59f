# SPINDLE-SPECIFIC (hand-written .out; CPython prints different values).
# LANGUAGE.md §1: nested for loops each bind fresh variables per iteration,
# so closures see the (i, j) of the iteration that made them.
# CPython would print [(1, 1), (1, 1), (1, 1), (1, 1)] twice.
def make():
    fs = []
    for i in range(2):
        for j in range(2):
            fs.append(lambda: (i, j))
    return fs
print([f() for f in make()])
fs = []
for i in range(2):
    fs.extend([lambda: (i, j) for j in range(2)])
print([f() for f in fs])
