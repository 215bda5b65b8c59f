import timeit

calls = []

def work():
    calls.append(1)

t = timeit.timeit(work, number=1000)
print(type(t).__name__, t >= 0, len(calls))
calls.clear()
r = timeit.repeat(work, repeat=3, number=10)
print(type(r).__name__, len(r), all(x >= 0 for x in r), len(calls))
print(timeit.default_timer is timeit.Timer().timer, timeit.default_number, timeit.default_repeat)
print(type(timeit.default_timer()).__name__)

ticks = iter(range(0, 1000, 3))
fake = lambda: next(ticks)
print(timeit.Timer(work, timer=fake).timeit(5), timeit.Timer(work, timer=fake).repeat(2, 1))
setups = []
tm = timeit.Timer(stmt=work, setup=lambda: setups.append(1))
tm.timeit(number=3)
tm.timeit(number=0)
print(len(setups))
n, took = timeit.Timer(lambda: None, timer=fake).autorange()
print(n, took)
seen = []
timeit.Timer(lambda: None, timer=fake).autorange(lambda number, t: seen.append(number))
print(seen)
for call in [lambda: timeit.timeit(5), lambda: timeit.Timer(work, setup=3), lambda: timeit.timeit(work, number="x"),
             lambda: timeit.timeit(work, nmber=3), lambda: timeit.Timer(work).timeit(1, 2), lambda: timeit.timeit(lambda: 1 / 0, number=1)]:
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
