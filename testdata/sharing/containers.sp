# Eight threads hammer one list, dict, set and bytearray (LANGUAGE.md §2.6).
res = {}
await:
    for i in range(4):
        async: res[i] = i
print(len(res), sorted(res.items()))

lst = []
d = {}
s = set()
ba = bytearray()

def worker(w):
    for i in range(500):
        k = w * 1000 + i
        lst.append(k)
        d[k] = w
        d["s%d" % k] = i
        s.add(k)
        ba.append(w)
        if i % 2:
            del d[k]
            s.discard(k)
        if i % 50 == 0:
            n = 0
            for x in list(lst):
                n += 1
            try:
                for key in d:
                    pass
            except RuntimeError as e:
                pass
            k in d
            k in s
            len(lst)

await:
    for w in range(8):
        async: worker(w)

print(len(lst), len(set(lst)), sorted(lst) == sorted(w * 1000 + i for w in range(8) for i in range(500)))
print(len(d), len(s), len(ba))
print(sorted(k for k in d if isinstance(k, int)) == sorted(s))
print(sorted(ba.count(w) for w in range(8)))
