# A generator shared between threads: while one thread runs it, next() from
# another raises ValueError("generator already executing"), as in CPython;
# send/throw/close likewise. Threads that retry on that error together pull
# every item exactly once.
import threading

inside = threading.Event()
release = threading.Event()

def blocking():
    yield "first"
    inside.set()
    release.wait()
    yield "second"

g = blocking()
print(next(g))
results = []

def runner():
    results.append(next(g))

await:
    async: runner()
    inside.wait()
    for op in ("next", "send", "throw", "close"):
        try:
            if op == "next":
                next(g)
            elif op == "send":
                g.send(None)
            elif op == "throw":
                g.throw(KeyError("k"))
            else:
                g.close()
        except ValueError as e:
            print(op, "->", type(e).__name__, e)
    release.set()
print(results, next(g, "exhausted"))

# Eight threads drain one generator, retrying when it is busy.
N = 3000
def numbers():
    for i in range(N):
        yield i

shared = numbers()
got = [[] for _ in range(8)]
busy = []

def drain(w):
    while True:
        try:
            x = next(shared)
        except StopIteration:
            return
        except ValueError:
            busy.append(1)
            continue
        got[w].append(x)

await:
    for w in range(8):
        async: drain(w)
flat = sorted(x for part in got for x in part)
print(len(flat), flat == list(range(N)))

# A generator expression shared the same way, and a generator that yields
# from another.
def outer():
    yield from (i * 2 for i in range(N))

for name, gen in [("genexpr", (i * 2 for i in range(N))), ("yield from", outer())]:
    got = [[] for _ in range(8)]
    shared = gen
    await:
        for w in range(8):
            async: drain(w)
    flat = sorted(x for part in got for x in part)
    print(name, len(flat), flat == [i * 2 for i in range(N)])

# list() of one unstarted generator from eight threads: one thread drains it,
# the others get "generator already executing" or an empty list.
def fresh():
    for i in range(N):
        yield i
shared = fresh()
sizes = []
def collect():
    try:
        sizes.append(len(list(shared)))
    except ValueError as e:
        sizes.append(str(e))
await:
    for w in range(8):
        async: collect()
print(sum(x for x in sizes if isinstance(x, int)), set(x for x in sizes if isinstance(x, str)) <= {"generator already executing"})
