# set() and frozenset() of a generator expression or generator call: the
# generator runs inline; an unhashable item closes it (finally runs first).


def gen(items):
    try:
        for x in items:
            yield x
    finally:
        print("gen finally")


print(sorted(set(x % 5 for x in range(20))), len(frozenset(gen([1, 2, 2, 3]))))
try:
    set(gen([1, [2], 3]))
except TypeError as e:
    print("TypeError:", e)
print(sorted(set(gen("abca"))))
