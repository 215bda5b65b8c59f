# Operations on deeply nested data raise RecursionError (never a crash),
# with CPython's messages.
import collections
import copy
import json
import pprint


def nest(n, wrap):
    x = wrap(None)
    for _ in range(n):
        x = wrap(x)
    return x


N = 5000
L = nest(N, lambda x: [x])
T = nest(N, lambda x: (x,))
D = nest(N, lambda x: {"a": x})
DQ = nest(N, lambda x: collections.deque([x]))
OD = nest(N, lambda x: collections.OrderedDict(a=x))


def check(label, f):
    try:
        f()
        print(label, "ok")
    except RecursionError as e:
        print(label, "RecursionError:", e)


check("list ==", lambda: L == nest(N, lambda x: [x]))
check("list <", lambda: L < nest(N, lambda x: [x]))
check("tuple ==", lambda: T == nest(N, lambda x: (x,)))
check("tuple <", lambda: T < nest(N, lambda x: (x,)))
check("dict ==", lambda: D == nest(N, lambda x: {"a": x}))
check("deque ==", lambda: DQ == nest(N, lambda x: collections.deque([x])))
check("in", lambda: L in [nest(N, lambda x: [x])])
check("sorted", lambda: sorted([L, nest(N, lambda x: [x])]))
check("hash tuple", lambda: hash(T))
check("repr list", lambda: repr(L))
check("repr tuple", lambda: repr(T))
check("repr dict", lambda: repr(D))
check("str list", lambda: str(L))
check("repr deque", lambda: repr(DQ))
check("repr OrderedDict", lambda: repr(OD))
check("f-string", lambda: f"{L}")
check("format", lambda: format(L))
check("json.dumps", lambda: json.dumps(L))
check("deepcopy", lambda: copy.deepcopy(L))
check("pprint", lambda: pprint.pformat(L))
check("shallow copy", lambda: copy.copy(L))
check("len", lambda: len(L))
# Nesting below the limit still works.
s = nest(50, lambda x: [x])
print(repr(s) == "[" * 51 + "None" + "]" * 51, s == nest(50, lambda x: [x]))
del L, T, D, DQ, OD
print("done")
