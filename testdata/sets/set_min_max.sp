# min/max of sets of ints take a one-pass path; anything else compares
# generically, with CPython's results and errors.
print(min({5, 3, 9}), max({5, 3, 9}), min(frozenset([-1, 2**40, -2**62])), max(frozenset(range(100)) - {99}))
print(min({1, 2.5, -3}), max({True, 2}), min({2**70, 1}), max({2**70, 1}), min({3}, default=0), min(set(), default='e'))
try:
    min(set())
except ValueError as e:
    print(e)
try:
    max({1, None})
except TypeError as e:
    print(type(e).__name__)
print(min({4, 8, -2}, key=lambda x: -x), max({(1, 2), (0, 5)}), min({1, 2}, {0}))
