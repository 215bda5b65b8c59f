# SPINDLE-SPECIFIC (hand-written .out; CPython prints different values).
# LANGUAGE.md §1: each `for` clause of a comprehension binds fresh loop
# variables, so `[lambda: i for i in range(3)]` gives functions returning
# 0, 1, 2 (CPython: 2, 2, 2). Same for nested clauses, dict comprehensions and
# generator expressions, at module level and inside functions.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
pairs = [lambda: (i, j) for i in range(2) for j in 'ab']
print([p() for p in pairs])
d = {k: (lambda: k * 2) for k in 'xy'}
print({k: f() for k, f in d.items()})
g = list(lambda: c for c in 'pq')
print([f() for f in g])
def inside():
    return [f() for f in [lambda: n * 10 for n in range(4)]]
print(inside())
filtered = [lambda: v for v in range(6) if v % 2]
print([f() for f in filtered])
