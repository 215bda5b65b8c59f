# Subset, intersection and difference on small and large sets (the small
# ones use a stack snapshot), including keys whose __eq__ mutates a set.
small = [frozenset(range(i, i + 5)) for i in range(0, 20, 3)]
big = frozenset(range(50))
for fp in small:
    print(sorted(fp), fp <= big, sorted(big & fp), len(big - fp), sorted(fp - frozenset(range(3, 60, 2))))
print(frozenset(range(9)) <= big, sorted(frozenset(range(45, 56)) & big), len(big - frozenset(range(10, 30))))
s = set(range(12))
s -= {1, 2, 3}
s -= set(range(8, 20))
print(sorted(s), {1, 2} <= {1, 2, 3}, set() <= set(), {5} <= set())


class K:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        if self.victim is not None:
            self.victim.clear()
        return isinstance(other, K) and self.v == other.v


victim = {K(1), K(2), K(3)}
probe = {K(1, victim), K(2)}
print(probe <= victim, len(victim))
victim = {K(1), K(2), K(3)}
print(len(victim & {K(1, victim), K(3)}), len(victim))
