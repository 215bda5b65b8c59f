# SPINDLE-SPECIFIC test of an UNCHANGED behaviour (the .out equals CPython's).
# LANGUAGE.md §1: `while` loops keep Python's semantics: closures made in a
# while body all see the single, shared variable.
def make():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return [f() for f in fs]
print(make())
fs = []
j = 0
while j < 3:
    fs.append(lambda: j)
    j += 1
print([f() for f in fs])
j = 'rebound'
print([f() for f in fs])
