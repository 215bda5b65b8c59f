# Generator expressions and fresh generators consumed by builtins.


def gen(n, fail_at=None):
    try:
        for i in range(n):
            if i == fail_at:
                raise ValueError("failed at %d" % i)
            yield i
    finally:
        print("gen finally", n)


print(sum(x * x for x in range(10)))
print(sum(gen(4)))
print(list(gen(3)), tuple(gen(2)), sorted(gen(3), reverse=True))
print(sorted(set(gen(3))), sorted(frozenset(x % 2 for x in gen(5))))
print(min(gen(4)), max(gen(4)), max((x for x in gen(0)), default="empty"))
print(any(x > 1 for x in gen(5)))
print(all(x < 1 for x in gen(5)))
print(sum((x for x in gen(3)), 10))

try:
    sum(x for x in gen(5, fail_at=2))
except ValueError as e:
    print("caught", e)

try:
    sum(1 if x < 2 else "s" for x in gen(5))
except TypeError as e:
    print("caught", e)

try:
    list(gen(5, fail_at=3))
except ValueError as e:
    print("caught", e)


def boom():
    yield 1
    raise StopIteration


try:
    list(boom())
except RuntimeError as e:
    print("RuntimeError", e)

try:
    sum(x for x in boom())
except RuntimeError as e:
    print("RuntimeError", e)

print("-- a generator object used several ways")
g = gen(5)
print(next(g))
print(list(g))
g = gen(5)
for x in g:
    if x == 1:
        break
print("resumed", next(g), list(g))
g = (x for x in range(5))
print(any(x == 2 for x in g), list(g))
it = gen(4)
print(any(x == 1 for x in it), list(it))

print("-- gi_running and re-entry")


def selfref():
    print("running", me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print("ValueError", e)
    yield 1


me = selfref()
print(list(me), me.gi_running)

print("-- comprehensions over generators")
print([x + 1 for x in gen(3)])
print({x: x * 2 for x in gen(2)})
print([(a, b) for a in gen(2) for b in gen(2)])
