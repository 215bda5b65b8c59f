# SPINDLE-SPECIFIC test of an UNCHANGED behaviour (the .out equals CPython's).
# The classic `lambda i=i: i` idiom gives the same answers as in Python, and
# closures called inside their own iteration see that iteration's value in
# both languages.
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
out = []
for i in range(3):
    f = lambda: i * i
    out.append(f())
print(out)
