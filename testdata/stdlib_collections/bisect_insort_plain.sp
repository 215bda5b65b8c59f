# bisect.insort on a plain list is one step under its lock; user __lt__, key=,
# list subclasses and a bad hi take the step-by-step path, as in CPython.
import bisect
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K%d" % self.v
for mk in (lambda v: v, str, lambda v: (v % 3, v), K, lambda v: v if v % 2 else v + 0.5):
    a = []
    for v in [5, 3, 9, 3, 1, 7, 3, 0, 12, 5]:
        bisect.insort(a, mk(v)); bisect.insort_left(a, mk(v + 1)); bisect.insort(a, mk(v), 2); bisect.insort_left(a, mk(v), 1, len(a) - 1)
    print(a)
a = [1, 2, 3]
bisect.insort(a, 2, 10); print(a)
bisect.insort(a, 0, 1, 1); print(a)
bisect.insort(a, 5, hi=2); print(a)
try: bisect.insort(a, 5, hi=99)
except IndexError as e: print("IndexError", e)
try: bisect.insort(a, 5, -1)
except ValueError as e: print("ValueError", e)
try: bisect.insort(a, "x")
except TypeError as e: print("TypeError", e)
class L(list):
    def insert(self, i, x): print("insert", i, x); list.insert(self, i, x)
l = L([1, 3]); bisect.insort(l, 2); print(l)
bisect.insort(a, 4, key=lambda x: -x); print(a)
