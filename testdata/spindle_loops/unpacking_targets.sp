# SPINDLE-SPECIFIC (hand-written .out; CPython prints different values).
# LANGUAGE.md §1: every loop variable of the iteration is fresh, including
# each name of a tuple target and a starred target.
# CPython would print the last pair / last values for every closure.
def make():
    fs = []
    for k, v in {'a': 1, 'b': 2}.items():
        fs.append(lambda: (k, v))
    for first, *rest in ['xyz', 'pq']:
        fs.append(lambda: (first, rest))
    for n, (p, q) in enumerate([(1, 2), (3, 4)]):
        fs.append(lambda: n + p + q)
    return [f() for f in fs]
print(make())
