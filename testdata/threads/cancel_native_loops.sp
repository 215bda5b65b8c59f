# Builtins that loop inside Go over an iterator that needs no Python code
# (range, itertools.count/repeat/cycle, iter(callable, sentinel) with a
# builtin callable) are cancelled too: each item those iterators produce is
# a checkpoint. Without it sum(range(10**12)) ignored its timeout, and a
# failing sibling could not cancel it.
import itertools

cases = [
    ("sum(range)", lambda: sum(range(10**12))),
    ("max(range)", lambda: max(range(10**12))),
    ("set(range)", lambda: set(range(10**12))),
    ("in iter(range)", lambda: -1 in iter(range(10**12))),
    ("dict.fromkeys(range)", lambda: dict.fromkeys(range(10**12))),
    ("sum(big range)", lambda: sum(range(10**30, 10**31))),
    ("reversed range", lambda: sum(reversed(range(10**12)))),
    ("sum(count)", lambda: sum(itertools.count())),
    ("any(repeat)", lambda: any(itertools.repeat(0))),
    ("max(cycle)", lambda: max(itertools.cycle([1, 2]))),
    ("sum(iter(int, 1))", lambda: sum(iter(int, 1))),
]
for name, fn in cases:
    try:
        with timeout(0.01):
            fn()
        print(name, "finished?")
    except TimeoutError:
        print(name, "timed out")

# a failing sibling cancels a thread summing a huge range
def fail():
    raise ValueError("sibling failed")

try:
    await:
        async: sum(range(10**12))
        async: fail()
except ValueError as e:
    print("group raised:", e)
