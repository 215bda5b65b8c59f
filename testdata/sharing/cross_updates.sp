# Two threads combine the same pair of sets, dicts and lists in opposite
# directions at once (s1 |= s2 while s2 |= s1, d1.update(d2) while
# d2.update(d1), ...). No lock-order deadlock, no crash, and no
# "changed size during iteration" from an operation that consumes the
# other container whole (isdisjoint, update, &, view - view), as with
# CPython's C loops (LANGUAGE.md §2.6).
import threading
def run(fns):
    ts = [threading.Thread(target=f) for f in fns]
    for t in ts: t.start()
    for t in ts: t.join()
s1 = set(range(100)); s2 = set(range(50, 150))
d1 = {i: i for i in range(100)}; d2 = {i: -i for i in range(50, 150)}
l1 = list(range(100)); l2 = list(range(100, 0, -1))
def mk(a, b, da, db, la, lb):
    def f():
        for i in range(80):
            a.update(b); a.difference_update({i % 150}); a.symmetric_difference_update(b); a.symmetric_difference_update(b)
            a.intersection_update(a | b); a == b; a <= b; a < b; a & b; a - b; a ^ b; a.isdisjoint(b); a.issuperset(b)
            H = [a, da, la]; H[0] |= b; H[0] -= {i}; H[0] &= (a | b); H[0] ^= set()
            da.update(db); H[1] |= db; da == db; da.pop(i % 150, None); dict(da, **{}); {**da, **db}; da | db
            da.keys() & db.keys(); da.items() == db.items(); da.keys() <= db.keys(); da.items() - db.items()
            la[:] = lb; la[10:20] = lb; la == lb; la < lb; la.extend(lb); del la[100:]; la + lb; la * 1; lb[:] = la[::-1]
            H[2] += lb; del la[100:]
    return f
run([mk(s1, s2, d1, d2, l1, l2), mk(s2, s1, d2, d1, l2, l1)] * 3)
print("cross ok")
