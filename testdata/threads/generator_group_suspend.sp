# SPINDLE-SPECIFIC (hand-written .out). A generator paused inside an
# `await:` block (or `with ThreadGroup()`, `with timeout()`) keeps its
# group and scope to itself (LANGUAGE.md §2.2-2.5): the code that resumed
# it is back in its own group after each yield; a spawn after the
# generator is resumed goes into the generator's group; send, throw,
# close, `yield from`, generator expressions and for loops alike.
main = ThreadGroup.current
log = []


def gen(tag):
    with ThreadGroup(name="gen-" + tag) as g:
        got = yield ThreadGroup.current.name
        async: log.append(tag + " spawned into " + ThreadGroup.current.name)
        while got is not None:
            got = yield ThreadGroup.current is g
    print(tag, "after the block, in main:", ThreadGroup.current is main)


it = gen("next")
print(next(it), "| caller in main:", ThreadGroup.current is main)
print(it.send(1), "| caller in main:", ThreadGroup.current is main)
print(next(it, "done"), "| caller in main:", ThreadGroup.current is main)

it = gen("throw")
next(it)
try:
    it.throw(ValueError("boom"))
except ValueError as e:
    print("throw:", e, "| caller in main:", ThreadGroup.current is main)

it = gen("close")
next(it)
it.close()
print("close | caller in main:", ThreadGroup.current is main)


def outer():
    yield from gen("yield-from")


it = outer()
print(next(it), "| caller in main:", ThreadGroup.current is main)
print(it.send(1), "| caller in main:", ThreadGroup.current is main)
for x in it:
    pass
print("after yield from | caller in main:", ThreadGroup.current is main)

for name in gen("for"):
    print("for body sees", ThreadGroup.current is main, "| yielded", name)
    break


def scoped():
    with timeout(100):
        await:
            yield ThreadGroup.current is main


print("genexp:", [ThreadGroup.current is main for _ in scoped()])
print("list:", list(scoped()), "| caller in main:", ThreadGroup.current is main)
for line in sorted(log):
    print(line)
