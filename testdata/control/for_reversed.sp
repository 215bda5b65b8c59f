# for x in reversed(x): the builtin over a tuple walks it backwards; other
# sequences, a shadowing name, and errors behave as the plain call.
def run(*fs):
    out = []
    for f in reversed(fs):
        out.append(f)
        if f == 2:
            break
    else:
        out.append("else")
    return out
print(run(1, 2, 3), run(4, 5), run())
for x in reversed([1, 2, 3]):
    print(x, end=" ")
for x in reversed(range(3)):
    print(x, end=" ")
for c in reversed("abc"):
    print(c, end=" ")
print()
def f():
    reversed = lambda t: t
    for x in reversed((1, 2, 3)):
        print(x, end=" ")
    print()
f()
try:
    for x in reversed(5):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    for x in reversed({1, 2}):
        pass
except TypeError as e:
    print("TypeError", e)
