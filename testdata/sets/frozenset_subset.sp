# frozenset <= / < / >= / > against sets and frozensets, with keys whose
# __eq__ runs user code and raises.
a = frozenset(range(5))
b = frozenset(range(10))
s = set(range(10))
print(a <= b, a < b, b >= a, b > a, a <= a, a < a, b <= a)
print(a <= s, a < s, s >= a, frozenset() <= a, a <= frozenset())
s.discard(3)
print(a <= s, a < s)
big = frozenset(range(1000))
print(frozenset([1, 999]) <= big, frozenset([1, 1000]) <= big)

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, o):
        if isinstance(o, K):
            if o.n < 0:
                raise ValueError("bad key")
            return self.n == o.n
        return NotImplemented

ks = frozenset(K(i) for i in range(6))
print(frozenset([K(1), K(4)]) <= ks, frozenset([K(1), K(7)]) <= ks)
try:
    frozenset([K(-3)]) <= ks
except ValueError as e:
    print("ValueError:", e)

# Differences iterate in CPython's order (the result grows from empty).
free = frozenset(range(0, 200, 7))
for fp in (frozenset([7, 14]), frozenset(range(0, 200, 21)), frozenset()):
    print(list(free - fp))
print(list(set([100, 3, 250, 17, 64, 1000]) - {3}))
