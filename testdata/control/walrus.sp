# Assignment expressions (:=) in if, while, comprehensions and calls.
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print('long', n)
it = iter(data)
while (item := next(it, None)) is not None:
    print('item', item)
print([y for x in data if (y := x * x) % 2 == 0], y)
print((z := 10) + z, z)
def f():
    [w := i for i in range(3)]
    return w
print(f())
print(total := sum(data), total)
vals = [(v := 1), v + 1]
print(vals)
