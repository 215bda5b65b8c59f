# Comprehension scope: loop variable does not leak; first iterable evaluated in enclosing scope.
x = 'outer'
r = [x for x in range(3)]
print(r, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}, list(z + i for i in range(2))
print(f())
n = [[1, 2], [3, 4]]
print([v for n in n for v in n])
print(n)
try:
    [undefined_iter for q in range(1)]
except NameError as e:
    print('NameError:', e)
def g():
    items = [1, 2]
    return [i for i in items if i in items]
print(g())
