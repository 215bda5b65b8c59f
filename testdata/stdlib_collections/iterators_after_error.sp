import itertools as it

def bad(x):
    if x == 2:
        raise ValueError(x)
    return x

def src():
    return map(bad, [1, 2, 3, 4])

def drain(name, obj, limit=8):
    out = []
    for _ in range(limit):
        try:
            out.append(next(obj))
        except ValueError:
            out.append("E")
        except StopIteration:
            out.append("stop")
            break
    print(name, out)

drain("map", src())
drain("filter", filter(bad, [1, 2, 3]))
drain("enumerate", enumerate(src(), 5))
drain("zip", zip(src(), "abcd"))
drain("chain", it.chain(src(), [9]))
drain("islice", it.islice(src(), 0, 4))
drain("accumulate", it.accumulate(src()))
drain("starmap", it.starmap(lambda a: bad(a), [(1,), (2,), (3,)]))
drain("takewhile", it.takewhile(bad, [1, 2, 3]))
drain("dropwhile", it.dropwhile(lambda x: bad(x) < 0, [1, 2, 3]))
drain("filterfalse", it.filterfalse(bad, [1, 2, 3, 0]))
drain("zip_longest", it.zip_longest(src(), "ab"))
drain("pairwise", it.pairwise(src()))
drain("compress", it.compress(src(), [1, 1, 1, 1]))
drain("cycle", it.cycle(src()), 10)
n = iter([1, 2, 3, 4])
drain("iter2", iter(lambda: bad(next(n)), 4))
drain("map2", map(lambda a, b: bad(a) + b, [1, 2, 3], [10, 20, 30]))

drain("groupby", ((k, list(g)) for k, g in it.groupby([1, 2, 3], key=bad)))
drain("reversed", reversed([1, 2]))
def f(x):
    if x == 2: raise ValueError(x)
    return x * 10
for mk in (lambda: map(f, [1, 2, 3]), lambda: (f(x) for x in [1,2,3]), lambda: filter(f, [1,2,3])):
    m = mk()
    out = []
    while True:
        try:
            out.append(next(m))
        except ValueError as e:
            out.append("err")
        except StopIteration:
            break
    print(out)
import itertools
def g():
    yield 1
    raise KeyError(1)
e = enumerate(itertools.chain([1], map(f, [2, 3])))
print(next(e))
try: next(e)
except ValueError: print("VE")
print(next(e, "end"))
z = zip(map(f, [1,2,3]), "abc")
print(next(z))
try: next(z)
except ValueError: print("VE")
print(next(z, "end"))
