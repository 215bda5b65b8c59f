# set(...) and frozenset(...) of every kind of iterable, through the sizes
# where the table grows (order as CPython prints it), then mutated:
# emptied, refilled, copied, combined.


def gen(n):
    for i in range(n):
        yield (i * 7) % 13 - 3


sources = [
    lambda n: (i * 5 % 11 for i in range(n)),
    lambda n: [i * 3 - n for i in range(n)],
    lambda n: tuple(range(n, 0, -1)),
    lambda n: range(n),
    lambda n: gen(n),
    lambda n: {i: i for i in range(n)},
    lambda n: {i * 2 for i in range(n)},
    lambda n: "abcdefghijklmnop"[:n],
    lambda n: iter([n, -n, n]),
]

for make in sources:
    for n in (0, 1, 4, 5, 8, 9, 20):
        s = set(make(n))
        f = frozenset(make(n))
        if n and not isinstance(next(iter(s)), str):
            print(n, len(s), s, sorted(f))
        else:
            print(n, len(s), len(f), sorted(s) == sorted(f))

s = set(x for x in range(6))
s.clear()
print(s, len(s))
s.add(40)
s.update(range(10, 3, -1))
print(s)
t = set(x % 4 for x in range(100))
u = t.copy()
u.discard(2)
print(t, u, t - u, t | {9, -1}, t & u, t ^ {0, 7})
print(set(x for x in []), frozenset(x for x in ()), set(range(0)) == set())
print(frozenset(x for x in (1, 2, 3)) == frozenset([3, 2, 1]))
print(hash(frozenset(i for i in range(5))) == hash(frozenset(range(5))))
try:
    set(x for x in [[1], [2]])
except TypeError as e:
    print("TypeError", e)
