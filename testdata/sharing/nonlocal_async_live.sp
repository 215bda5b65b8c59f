# An async: block that declares a name nonlocal / global shares the variable live (each read and write is
# atomic): the parent sees the children's writes, and racy n = n + 1 from many threads never crashes and never
# produces garbage (some increments may be lost: the total is between 1 and the number of increments);
# a Mutex makes the same count exact
total = 0

def run():
    last = None
    racy = 0
    exact = Mutex(0)
    await:
        for i in range(8):
            async:
                nonlocal last, racy
                global total
                for j in range(2000):
                    racy = racy + 1
                    total += 1
                    exact.update(lambda n: n + 1)
                last = i
    print("last is one of the children:", last in range(8))
    print("racy count in range:", 1 <= racy <= 16000, type(racy).__name__)
    print("exact:", exact.get())

run()
print("global in range:", 1 <= total <= 16000, type(total).__name__)

# a child's nonlocal write is seen by the parent after the group; a captured (not nonlocal) name is a copy
def capture():
    shared = "before"
    copy = "before"
    await:
        async:
            nonlocal shared
            shared = "written by child"
        async:
            print("child sees copy:", copy)
    return shared

print(capture())
