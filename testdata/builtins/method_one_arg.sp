# One-argument calls of built-in methods (list.append/pop, set.add,
# dict.get, generator.send): results and errors.
l = []
for i in range(5):
    l.append(i)
print(l.pop(0), l.pop(-1), l)
try:
    l.pop("x")
except TypeError as e:
    print("TypeError", e)
try:
    l.pop(10)
except IndexError as e:
    print("IndexError", e)
try:
    [].pop(0)
except IndexError as e:
    print("IndexError", e)
s = set()
s.add(1)
try:
    s.add([1])
except TypeError as e:
    print("TypeError", e)
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 2), s)
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
def g():
    x = yield 1
    while True:
        x = yield x * 2
gen = g()
print(next(gen), gen.send(3), gen.send(4))
try:
    (i for i in range(2)).send(1)
except TypeError as e:
    print("TypeError", e)
class L(list):
    pass
ll = L()
ll.append(3)
print(ll, ll.pop(0))
