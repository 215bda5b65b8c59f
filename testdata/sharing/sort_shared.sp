# Threads sort one shared list while others append to it and read it
# (LANGUAGE.md §2.6): a list of ints, strs or floats sorts in place under
# the list's lock, so no item is lost or duplicated and every sort
# succeeds; a sort that compares through user code may instead fail with
# "list modified during sort" when another thread changed the list.
ints = list(range(200, 0, -1))
strs = ["s%03d" % i for i in range(200)]
floats = [i / 2 for i in range(200)]

def sorter(lst, rev):
    for i in range(100):
        lst.sort(reverse=rev)
        lst[0]

def appender(lst, make):
    for i in range(300):
        lst.append(make(i))

await:
    for lst, make in ((ints, lambda i: 1000 + i), (strs, lambda i: "t%03d" % i), (floats, lambda i: -1.0 - i)):
        async: sorter(lst, False)
        async: sorter(lst, True)
        async: appender(lst, make)

print(len(ints), sorted(ints) == list(range(1, 201)) + list(range(1000, 1300)))
print(len(strs), sorted(strs) == ["s%03d" % i for i in range(200)] + ["t%03d" % i for i in range(300)])
print(len(floats), sorted(floats) == sorted([i / 2 for i in range(200)] + [-1.0 - i for i in range(300)]))

class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v

boxes = [Box(i) for i in range(50)]
failed = []

def box_sorter():
    for i in range(50):
        try:
            boxes.sort(reverse=i % 2 == 1)
        except ValueError as e:
            failed.append(str(e))

def box_appender():
    for i in range(50):
        boxes.append(Box(100 + i))

await:
    async: box_sorter()
    async: box_appender()
print(len(boxes), sorted(b.v for b in boxes) == list(range(50)) + list(range(100, 150)))
print(set(failed) <= {"list modified during sort"})
