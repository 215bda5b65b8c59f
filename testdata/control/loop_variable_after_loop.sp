# Loop variables remain bound after for loops (same in Spindle and CPython).
for i in range(3):
    pass
print(i)
for i in range(10):
    if i == 6:
        break
print(i)
for ch in 'xyz':
    ch = ch.upper()
print(ch)
def f():
    for k, v in {'a': 1, 'b': 2}.items():
        pass
    return k, v
print(f())
n = 'before'
for n in []:
    pass
print(n)
