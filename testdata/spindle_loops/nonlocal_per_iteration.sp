# SPINDLE-SPECIFIC (hand-written .out; CPython prints different values).
# LANGUAGE.md §1: each iteration's variable is a separate variable; a closure
# that rebinds it with `nonlocal` changes only its own iteration's variable.
# The closures are called after the loop (and after `make` returned), so the
# value `make` saw after the loop (2) is not affected.
# CPython would print [102, 202, 302], [402, 502, 602] and 2.
def make():
    incs = []
    for i in range(3):
        def inc():
            nonlocal i
            i += 100
            return i
        incs.append(inc)
    return incs, i
incs, last = make()
print([g() for g in incs])
print([g() for g in incs])
print(last)
