# Eight writers mutate a shared dict, set, list, bytearray and instance
# attributes while four readers iterate, sort, copy, deepcopy, repr,
# json.dumps, compare and search them. The only exceptions are the
# RuntimeErrors CPython raises for a dict or set changed during iteration
# and "list modified during sort" for a sort that raced with a writer.
import json, copy

class Box:
    pass

box = Box()
d, s, lst, ba = {}, set(), [], bytearray()
errors = []
OK = {"dictionary changed size during iteration", "Set changed size during iteration",
      "dictionary keys changed during iteration", "list changed size during iteration",
      "list modified during sort", "list modified during sort"}

def writer(w):
    for i in range(150):
        k = w * 1000 + i
        d[k] = i
        s.add(k)
        lst.append(k)
        ba.append(k % 256)
        setattr(box, "a%d" % (k % 50), k)
        if i % 2:
            d.pop(k, None)
            s.discard(k)
            try:
                lst.remove(k)
            except ValueError:
                errors.append("remove")
            if len(ba):
                try:
                    ba.pop()
                except IndexError:
                    pass
            try:
                delattr(box, "a%d" % (k % 50))
            except AttributeError:
                pass
        if i % 50 == 0:
            try:
                lst.sort()
            except ValueError as e:
                errors.append(str(e))
            lst.reverse()
            d.clear() if i % 150 == 0 else None
            ba.reverse()

def reader(r):
    for i in range(25):
        for act in (lambda: sorted(d), lambda: sorted(s), lambda: sorted(lst),
                    lambda: list(d.items()), lambda: repr(d), repr(s) if False else (lambda: repr(s)),
                    lambda: repr(lst), lambda: bytes(ba), lambda: ba.hex(), lambda: json.dumps(d),
                    lambda: json.dumps(lst), lambda: d == dict(d), lambda: s <= set(s),
                    lambda: lst < list(lst), lambda: copy.copy(d), lambda: copy.deepcopy(lst),
                    lambda: vars(box).copy(), lambda: dir(box), lambda: repr(vars(box)),
                    lambda: ba == bytearray(ba), lambda: ba.find(b"\x01"), lambda: sorted(vars(box).items()),
                    lambda: set(d) | s, lambda: {**d}, lambda: [*lst, *s], lambda: max(s, default=0),
                    lambda: sum(d.values()), lambda: lst.count(5), lambda: 5 in s, lambda: ba.count(1),
                    lambda: list(reversed(lst)), lambda: sorted(lst, key=lambda x: -x),
                    lambda: str(ba), lambda: ba[::2], lambda: lst[1:10:2], lambda: frozenset(s)):
            try:
                act()
            except RuntimeError as e:
                errors.append(str(e))

await:
    for w in range(8):
        async: writer(w)
    for r in range(4):
        async: reader(r)

print(sorted(set(errors) - OK))
print(all(isinstance(k, int) for k in d))
