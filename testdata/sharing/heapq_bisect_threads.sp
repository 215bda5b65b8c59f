# heapq and bisect.insort on a list shared by eight threads keep the heap
# invariant and the sorted order (LANGUAGE.md §2.6): with items that
# compare without user code each call is one atomic step, as CPython's C
# functions are under the GIL.
import heapq
import bisect
import threading

def run(fn, n=8):
    ts = [threading.Thread(target=fn, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

def is_heap(h):
    return all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h))

for name, mk in [("ints", lambda v: v), ("floats", float), ("strs", lambda v: "%04d" % v),
                 ("tuples", lambda v: (v % 10, v, "task"))]:
    h = []
    pushed = [[] for _ in range(8)]
    popped = [[] for _ in range(8)]
    def worker(w):
        for j in range(400):
            x = mk((j * 7919 + w * 31) % 1000)
            pushed[w].append(x)
            heapq.heappush(h, x)
            if j % 4 == 3:
                popped[w].append(heapq.heappop(h))
            if j % 9 == 4:
                pushed[w].append(mk(j))
                popped[w].append(heapq.heappushpop(h, mk(j)))
            if j % 11 == 5:
                pushed[w].append(mk(w))
                popped[w].append(heapq.heapreplace(h, mk(w)))
    run(worker)
    ins = sorted(x for p in pushed for x in p)
    outs = [x for p in popped for x in p]
    print("heapq", name, len(h), len(outs), is_heap(h), sorted(outs + h) == ins)

s = []
def inserter(w):
    for j in range(400):
        bisect.insort(s, (j * 7919 + w * 31) % 1000)
run(inserter)
print("insort", len(s), s == sorted(s))

pairs = []
def pair_inserter(w):
    for j in range(300):
        bisect.insort_left(pairs, (j % 17, w, j))
run(pair_inserter)
print("insort tuples", len(pairs), pairs == sorted(pairs))
