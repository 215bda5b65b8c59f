# Self-referential containers print with CPython's ellipsis forms.
import collections
a = []; a.append(a); print(a, str(a), [a, a])
d = {}; d["a"] = d; print(d)
t = ([],); t[0].append(t); print(t)
dq = collections.deque(); dq.append(dq); print(dq)
od = collections.OrderedDict(); od["x"] = od; print(od)
dd = collections.defaultdict(list); dd["k"] = dd; print(dd)
s = [set()]; print(s)
class C:
    def __init__(self): self.me = [self]
    def __repr__(self): return "C(%r)" % (self.me,)
try:
    print(C())
except RecursionError as e:
    print("RecursionError", e)
l2 = [1]; d2 = {"l": l2}; l2.append(d2); print(l2, d2)
print(d.keys(), d.values(), d.items())
ud = collections.UserList(); ud.append(ud); print(ud)
import pprint
print(pprint.pformat(a).startswith("[<Recursion on list with id="), pprint.pformat(d).startswith("{'a': <Recursion on dict with id="))
import json
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
