# Iterating an instance whose class's __iter__ is a generator function
# (for, comprehensions, yield from, builtins): the generator runs inline,
# with the same order of effects, close on break/exception, send/throw
# through yield from, and errors as CPython.


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(items):
    n = len(items)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(items[:i]), items[i], tree(items[i + 1:]))


t = tree(list(range(20)))
print(list(t))
print(sum(t), max(t), sorted(t, reverse=True)[:3])
print([x * 2 for x in t if x % 3 == 0])
print({x % 4 for x in t}, sum(x for x in t))
total = 0
for x in t:
    total += x
print(total)


class Noisy:
    def __init__(self, tag, n):
        self.tag, self.n = tag, n

    def __iter__(self):
        try:
            for i in range(self.n):
                print(self.tag, "yield", i)
                yield i
            print(self.tag, "exhausted")
            return "done-" + self.tag
        except GeneratorExit:
            print(self.tag, "GeneratorExit")
            raise
        finally:
            print(self.tag, "finally")


print("-- break")
for x in Noisy("a", 5):
    if x == 1:
        break
print("after break")

print("-- exception in body")
try:
    for x in Noisy("b", 5):
        if x == 1:
            raise KeyError(x)
except KeyError as e:
    print("caught", repr(e))

print("-- else")
for x in Noisy("c", 2):
    pass
else:
    print("else ran")


def delegate(obj):
    r = yield from obj
    print("delegate got", r)
    return r


print("-- yield from, driven by next/send/throw/close")
g = delegate(Noisy("d", 3))
print(next(g), g.send(None))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("throw propagated", e)
g = delegate(Noisy("e", 3))
print(next(g))
g.close()
print("closed", g.gi_running)
print(list(delegate(Noisy("f", 2))))


class Subclass(Noisy):
    pass


print(list(Subclass("s", 1)))


class BadArity:
    def __iter__(self, extra):
        yield extra


try:
    for x in BadArity():
        pass
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __iter__(self):
        yield 1
        raise StopIteration


try:
    for x in Raises():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


class Replaced:
    def __iter__(self):
        yield "class"


r = Replaced()
r.__iter__ = lambda: iter(["instance"])
print(list(r), [x for x in r])
Replaced.__iter__ = lambda self: iter(["plain"])
print(list(r), [x for x in r])


class Leaf:
    def __iter__(self):
        yield 1
        raise ValueError("leaf failed")


class Mid:
    def __iter__(self):
        yield from Leaf()


for v in Mid():
    print("got", v)
