# heapq's sifts on plain items (ints, floats, strs, tuples) run under the list's lock;
# items needing __lt__ make them stop and go on step by step: the heap order
# stays CPython's either way, also for mixed int/float and tuples that tie.
import heapq, random
random.seed(5)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K%d" % self.v
for mk in (lambda v: v, lambda v: float(v), lambda v: str(v), lambda v: (v % 7, v), lambda v: K(v),
           lambda v: (v % 5, K(v)), lambda v: v if v % 2 else float(v) + 0.5, lambda v: (v % 3, str(v), v)):
    h = []
    xs = [random.randrange(100) for _ in range(60)]
    out = []
    for i, x in enumerate(xs):
        heapq.heappush(h, mk(x))
        if i % 4 == 0 and len(h) > 1: out.append(heapq.heappop(h))
        if i % 7 == 0: out.append(heapq.heapreplace(h, mk(x + 1)))
        if i % 5 == 0: out.append(heapq.heappushpop(h, mk(x - 3)))
    print(out)
    print(h)
    h2 = [mk(x) for x in xs]
    heapq.heapify(h2)
    print(h2)
    print([heapq.heappop(h2) for _ in range(len(h2))])
try: heapq.heappop([])
except IndexError as e: print(e)
try: heapq.heapreplace([], 1)
except IndexError as e: print(e)
print(heapq.heappushpop([], 3))
try: heapq.heappush([1, "a"], 2)
except TypeError as e: print(e)
h = [1, 2]
try: heapq.heappush(h, "x")
except TypeError as e: print(e, h)
