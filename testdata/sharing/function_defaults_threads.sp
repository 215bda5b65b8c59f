# f.__defaults__ = ... while other threads call f (LANGUAGE.md §2.6): each
# call binds its defaults from one whole tuple (the defaults were a slice
# read twice per call and written in place: a racing call could mix two
# tuples or index past the end of the shorter one).
import threading

def f(a, b=0, c=0, d=0):
    return (b, c, d)

results = set()
errors = set()

def setter():
    for i in range(3000):
        f.__defaults__ = (1, 2, 3) if i % 2 else (7, 8, 9)

def caller():
    got = set()
    for i in range(3000):
        got.add(f(1))
        got.add(f(a=1))
        b, c, d = f(1, c=5)
        got.add((b, d))
    results.update(got)

def shrinker():
    for i in range(3000):
        f.__defaults__ = (1, 2, 3) if i % 2 else (4,)

def short_caller():
    for i in range(3000):
        try:
            f(a=1)
        except TypeError as e:
            errors.add(str(e))

ts = [threading.Thread(target=t) for t in (setter, caller, caller, setter)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results) > 0, results <= {(1, 2, 3), (7, 8, 9), (1, 3), (7, 9)})
print(f.__defaults__ in ((1, 2, 3), (7, 8, 9)))

ts = [threading.Thread(target=t) for t in (shrinker, short_caller, short_caller)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errors <= {"f() missing 2 required positional arguments: 'b' and 'c'"})
