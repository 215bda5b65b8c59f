# OrderedDict.move_to_end and popitem are atomic (LANGUAGE.md §2.6): a key
# that is always present never goes missing while another thread moves it,
# and popitem hands each item to exactly one thread.
import threading
from collections import OrderedDict

def run(fn, n=8):
    ts = [threading.Thread(target=fn, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

od = OrderedDict((i, i) for i in range(50))
missing = []
def mover(w):
    for j in range(500):
        k = (j * 7 + w) % 50
        try:
            od.move_to_end(k, last=bool((j + w) & 1))
        except KeyError:
            missing.append(k)
        od[k] = w
run(mover)
print("move_to_end", len(od), sorted(od) == list(range(50)), missing)

# popitem from both ends as a shared work queue.
od = OrderedDict((i, str(i)) for i in range(4000))
got = [[] for _ in range(8)]
def popper(w):
    while True:
        try:
            k, v = od.popitem(last=bool(w & 1))
        except KeyError:
            return
        got[w].append(k)
run(popper)
allgot = [k for g in got for k in g]
print("popitem", len(allgot), sorted(allgot) == list(range(4000)), len(od))

# The same operations on one thread keep CPython's order.
od = OrderedDict((i, str(i)) for i in range(6))
od.move_to_end(2)
od.move_to_end(4, last=False)
od.move_to_end(4, last=False)
print(list(od), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end(99)
except KeyError as e:
    print("KeyError", e)
while od:
    od.popitem(last=False)
try:
    od.popitem(last=False)
except KeyError as e:
    print("KeyError", e)
