# Spindle-specific (expectations written by hand; CPython has no await:
# blocks): RecursionError on deeply nested data and runaway recursion is
# raised inside child threads and generators too, and each thread counts
# its own depth.
import copy



def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def attempt(f):
    try:
        f()
        return "ok"
    except RecursionError as e:
        return str(e)


def runaway(n):
    return runaway(n + 1)


def deep_ok(n):
    return n if n == 900 else deep_ok(n + 1)


deep = nest(5000)
out = {}
await:
    async: out["repr"] = attempt(lambda: repr(deep))
    async: out["eq"] = attempt(lambda: deep == nest(5000))
    async: out["deepcopy"] = attempt(lambda: copy.deepcopy(deep))
    async: out["call"] = attempt(lambda: runaway(0))
    async: out["depth 900"] = attempt(lambda: deep_ok(0))
for k in sorted(out):
    print(k, "->", out[k])


def gen():
    yield repr(deep)
    yield deep == nest(5000)


g = gen()
print("generator:", attempt(lambda: next(g)))
