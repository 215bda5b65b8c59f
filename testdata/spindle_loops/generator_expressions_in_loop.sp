# SPINDLE-SPECIFIC (hand-written .out; CPython prints different values).
# LANGUAGE.md §1: a generator expression created in a for body and consumed
# after the loop is a closure over that iteration's variable.
# CPython would print [[0, 2], [0, 2], [0, 2]].
gens = []
for i in range(3):
    gens.append(x * i for x in range(2))
print([list(g) for g in gens])
def make():
    out = []
    for word in ['ab', 'cd']:
        def gen():
            yield from word
        out.append(gen)
    return [''.join(g()) for g in out]
print(make())
