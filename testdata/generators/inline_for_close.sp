# A for loop over a fresh generator: break, return and exceptions in the
# loop body close the generator (its finally and except GeneratorExit run
# before the code after the loop), as when CPython drops the temporary.


def gen(tag, n):
    try:
        for i in range(n):
            print(tag, "yield", i)
            yield i
        print(tag, "exhausted")
    except GeneratorExit:
        print(tag, "GeneratorExit")
        raise
    finally:
        print(tag, "finally")


print("-- break")
for x in gen("a", 5):
    if x == 2:
        break
print("after break")

print("-- run to the end, else block")
for x in gen("b", 2):
    pass
else:
    print("else ran")

print("-- return inside the loop")


def first_over(limit):
    for x in gen("c", 10):
        if x > limit:
            return x
    return None


print("returned", first_over(1))

print("-- exception in the body")
try:
    for x in gen("d", 5):
        if x == 1:
            raise ValueError("body failed")
except ValueError as e:
    print("caught", e)

print("-- continue")
for x in gen("e", 3):
    if x == 1:
        continue
    print("body", x)

print("-- nested loops over generators")
for x in gen("outer", 2):
    for y in gen("inner", 3):
        if y == 1:
            break
    print("outer body", x)

print("-- generator that swallows GeneratorExit and returns")


def stubborn():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("stubborn: swallowed")
        return


for x in stubborn():
    break
print("after stubborn")

print("-- generator with a finally that yields nothing more, in a function")


def count():
    n = 0
    for _ in gen("g", 4):
        n += 1
    return n


print("count", count())
