# Threads iterate, copy, compare, repr and sort containers while eight others
# mutate them. Nothing crashes or hangs; the only errors are CPython's
# RuntimeErrors for a dict or set that changed size during iteration; the
# final contents are exactly what the writers left.
import json

lst, d, s = [], {}, set()
errors = []
ALLOWED = {"dictionary changed size during iteration",
           "Set changed size during iteration",
           "dictionary keys changed during iteration"}

def writer(w):
    for i in range(200):
        k = w * 1000 + i
        lst.append(k)
        lst.insert(0, -k)
        d[k] = [w, i]
        s.add(k)
        if i % 3 == 0:
            lst.remove(-k)
            del d[k]
            s.discard(k)
        if i % 100 == 0:
            lst.reverse()

def reader():
    for round in range(15):
        for action in (lambda: [x for x in lst], lambda: [k for k in d],
                       lambda: [v for v in d.values()], lambda: [kv for kv in d.items()],
                       lambda: [x for x in s], lambda: sorted(lst, key=abs),
                       lambda: repr(lst), lambda: str(d), lambda: lst == list(lst),
                       lambda: d == dict(d), lambda: s == set(s), lambda: lst[::7],
                       lambda: json.dumps(d), lambda: max(lst, default=0),
                       lambda: sum(1 for _ in s), lambda: d.copy(), lambda: s.copy(),
                       lambda: list(reversed(lst)), lambda: 5 in lst, lambda: s | {1}):
            try:
                action()
            except RuntimeError as e:
                errors.append(str(e))

await:
    for w in range(8):
        async: writer(w)
    for r in range(4):
        async: reader()

kept = sorted(w * 1000 + i for w in range(8) for i in range(200) if i % 3)
print(len(lst), sorted(x for x in lst if x >= 0) == sorted(w * 1000 + i for w in range(8) for i in range(200)))
print(sorted(-x for x in lst if x < 0) == kept)
print(sorted(d) == kept, sorted(s) == kept, all(d[k] == [k // 1000, k % 1000] for k in d))
print("unexpected errors:", sorted(set(errors) - ALLOWED))
