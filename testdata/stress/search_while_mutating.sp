# Searches of a shared list (in, index, count, ==, !=, >) while other
# threads reverse it and insert and remove other items. An item that is
# in the list the whole time is always found, exactly once, by every one
# of them. (Scanned index by index, a search can step past an item that a
# concurrent reverse or insert moves behind it: `same` below would then
# read as all zeros.)
ALWAYS = "always"
lst = [ALWAYS] + list(range(50))
same = [0] * 39 + [1]
ZEROS = [0] * 40

def mutator(w):
    for i in range(300):
        lst.reverse()
        x = -(w * 1000 + i)
        lst.insert(i % 7, x)
        lst.insert(0, x)
        lst.remove(x)
        lst.remove(x)
        same.reverse()

def searcher():
    missed = []
    for i in range(300):
        if ALWAYS not in lst:
            missed.append("in")
        try:
            lst.index(ALWAYS)
        except ValueError:
            missed.append("index")
        if lst.count(ALWAYS) != 1:
            missed.append("count")
        if same == ZEROS:
            missed.append("==")
        if not same != ZEROS:
            missed.append("!=")
        if not same > ZEROS:
            missed.append(">")
        if 1 not in same:
            missed.append("in")
    return missed

await:
    for w in range(4):
        async: mutator(w)
    futures = [spawn(searcher) for _ in range(4)]

print("missed:", sorted(set(m for f in futures for m in f.result())))
print(sorted(lst, key=str) == sorted([ALWAYS] + list(range(50)), key=str))
print(sorted(same) == sorted(ZEROS[1:] + [1]))
