# collections: deque, defaultdict, Counter, OrderedDict, ChainMap
from collections import deque, defaultdict, Counter, OrderedDict, ChainMap

d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5)
print(d, d.maxlen, len(d), d[0], d[-1])
d.appendleft(0)
print(d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9])
print(d, 8 in d, d.count(7), d.index(d[-1]))
d2 = deque()
for name in ["pop", "popleft"]:
    try:
        getattr(d2, name)()
    except IndexError as e:
        print("IndexError", e)
try:
    d2.remove(3)
except ValueError as e:
    print("ValueError", e)
print(list(reversed(deque("abc"))), deque("ab") == deque("ab"), deque() == [])

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], "zz" in dd)
cnt = defaultdict(int)
for w in "the cat the hat".split():
    cnt[w] += 1
print(sorted(cnt.items()), dict(cnt))
try:
    defaultdict()[1]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(None)), isinstance(dd, dict), dd.default_factory)

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["z"], c.total())
c.update("zz"); c.subtract({"a": 4})
print(c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b)
print(sorted(Counter(x=2, y=1).elements()), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(a=1) == Counter(a=1, b=0), Counter(), Counter([1, 1, 2]).most_common())

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "b" in cm)
cm["c"] = 4
print(cm, cm.maps[0])
ch = cm.new_child({"a": 10})
print(ch["a"], ch.parents["a"])
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
