import gc
import threading
import weakref


class Item:
    def __init__(self, n):
        self.n = n


values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
kept = []


def worker(w):
    for i in range(200):
        it = Item(w * 1000 + i)
        values[it.n] = it
        keys[it] = it.n
        members.add(it)
        if i % 4 == 0:
            kept.append(it)
        if i % 50 == 0:
            gc.collect()
        len(values), len(keys), len(members)
        list(values.items())
        list(members)


threads = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

gc.collect()
print(len(kept), len(values), len(keys), len(members))
print(sorted(values) == sorted(i.n for i in kept))
print(sorted(keys.values()) == sorted(i.n for i in kept))
print(all(i in members for i in kept))
