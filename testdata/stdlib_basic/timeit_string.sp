import timeit

ticks = iter(range(0, 10000, 7))
fake = lambda: next(ticks)
print(timeit.timeit("x = 1", number=10, timer=fake))
print(timeit.timeit("total += i", setup="total = 0\ni = 3", number=5, timer=fake))
print(type(timeit.timeit("sorted(data)", setup="data = list(range(100))", number=100)).__name__)
counter = [0]
def bump():
    counter[0] += 1
print(timeit.timeit("bump()", number=4, globals=globals()) >= 0, counter)
print(timeit.timeit("bump()\nbump()", number=3, globals={"bump": bump}) >= 0, counter)
print(timeit.timeit(bump, setup="y = 2", number=2) >= 0, counter)
t = timeit.Timer("a + b", "a, b = 1, 2", timer=fake)
print(t.timeit(3), t.repeat(2, 1), callable(t.inner))
for call in [lambda: timeit.timeit("x = (", number=1), lambda: timeit.timeit("undefined_name", number=1),
             lambda: timeit.timeit("pass", setup="1/0", number=1)]:
    try:
        print(call())
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
