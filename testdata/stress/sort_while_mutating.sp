# list.sort() on a list that other threads append to, remove from and
# search at the same time. A sort that races with a change may fail with
# "list modified during sort", but it never drops an item another thread
# added, never makes the list look empty to the others (an item that is
# always in it is always found, pop and remove of present items succeed),
# and a sort that succeeds leaves the items sorted.
ALWAYS = -1
lst = [ALWAYS] + list(range(100))

def appender(w):
    for i in range(300):
        x = 1000 + w * 1000 + i
        lst.append(x)
        if i % 2:
            lst.remove(x)

def sorter(reverse):
    failed = ok = 0
    for i in range(200):
        try:
            lst.sort(key=lambda x: -x if reverse else x)
            ok += 1
        except ValueError as e:
            assert str(e) == "list modified during sort", e
            failed += 1
    return ok + failed

def searcher():
    missed = 0
    for i in range(600):
        if ALWAYS not in lst:
            missed += 1
    return missed

await:
    for w in range(4):
        async: appender(w)
    sorts = [spawn(sorter, r) for r in (False, True)]
    searches = [spawn(searcher) for _ in range(2)]

print("sorts:", sum(f.result() for f in sorts))
print("missed:", sum(f.result() for f in searches))
expected = [ALWAYS] + list(range(100)) + [1000 + w * 1000 + i for w in range(4) for i in range(300) if i % 2 == 0]
print(sorted(lst) == sorted(expected), len(lst) == len(expected))
lst.sort()
print(lst == sorted(expected))
