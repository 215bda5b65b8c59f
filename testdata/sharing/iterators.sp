# Eight threads pull from one shared iterator at once (LANGUAGE.md §2.6):
# every item comes out exactly once, none is lost, nothing crashes.
N = 2000

def pull_all(it, workers=8):
    got = [[] for _ in range(workers)]
    def worker(w):
        for x in it:
            got[w].append(x)
    await:
        for w in range(workers):
            async: worker(w)
    out = []
    for g in got:
        out.extend(g)
    return out

def check(name, it, expected):
    got = pull_all(it)
    print(name, len(got), sorted(got) == sorted(expected))

data = list(range(N))
check("list", iter(data), data)
check("reversed", reversed(data), data)
check("tuple", iter(tuple(data)), data)
check("range", iter(range(N)), data)
check("range step", iter(range(N, 0, -3)), list(range(N, 0, -3)))
d = {i: i * i for i in range(N)}
check("dict keys", iter(d), list(d))
check("dict values", iter(d.values()), list(d.values()))
check("dict items", iter(d.items()), list(d.items()))
check("set", iter(set(data)), data)
check("str", iter("abcdefghij" * 200), list("abcdefghij" * 200))
check("bytes", iter(b"xyz" * 500), list(b"xyz" * 500))
check("bytearray", iter(bytearray(b"pq" * 700)), list(b"pq" * 700))

# Iterator objects whose steps run user code or keep state of their own.
e = pull_all(enumerate(data))
print("enumerate", len(e), sorted(e) == list(enumerate(data)))
z = pull_all(zip(data, reversed(data)))
print("zip", len(z), sorted(z) == sorted(zip(data, reversed(data))))

calls = []
def square(x):
    calls.append(x)
    return x * x
m = pull_all(map(square, data))
print("map", len(m), sorted(m) == [x * x for x in data], len(calls))
f = pull_all(filter(lambda x: x % 3 == 0, data))
print("filter", len(f), sorted(f) == [x for x in data if x % 3 == 0])

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = pull_all(enumerate(Countdown(N)))
print("enumerate(user iterator)", len(c), sorted(i for i, _ in c) == data)

# An exhausted shared iterator stays exhausted.
it = iter(data)
pull_all(it)
data.append(-1)
print("exhausted", next(it, "done"))
