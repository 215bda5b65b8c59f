# SPINDLE-SPECIFIC (hand-written .out; CPython prints different values).
# LANGUAGE.md §1: a closure captures its iteration's variable, not a copy of
# the value: a reassignment of the loop variable in that iteration is seen by
# it (as in Go). Reassigning does not change the next iteration's value.
# CPython would print [20, 20, 20] for both lists.
def in_function():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
        i = i * 10
    return [f() for f in fs], i
print(in_function())
fs = []
for i in range(3):
    fs.append(lambda: i)
    i = i * 10
print([f() for f in fs], i)
def before_and_after():
    fs = []
    for s in ['a', 'b']:
        s = s.upper()
        fs.append(lambda: s)
        s = s + '!'
    return [f() for f in fs]
print(before_and_after())
