import copy

class E(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b

e = E(1, 5)
e.z = [1]
c = copy.deepcopy(e)
print(c is e, type(c).__name__, c.args, c.b, c.z, c.z is e.z)
c = copy.copy(e)
print(c is e, c.args, c.b, c.z is e.z)

v = ValueError(3, [4])
v.q = 1
v.add_note("n")
c = copy.copy(v)
print(c is v, c.args, c.q, c.__notes__, c.args[1] is v.args[1])
c = copy.deepcopy(v)
print(c is v, c.args, c.__notes__, c.args[1] is v.args[1])

try:
    raise KeyError("k") from v
except KeyError as k:
    kc = copy.deepcopy(k)
    print(kc is k, kc.__cause__, kc.__traceback__, kc.args)

class Bad(Exception):
    def __init__(self, a, b):
        super().__init__(a)

try:
    copy.copy(Bad(1, 2))
except TypeError as err:
    print("TypeError:", err)

print(copy.copy(StopIteration(5)).value)
o = copy.deepcopy(OSError(2, "nf"))
print(o.errno, o.strerror, o)
box = [v, v]
d = copy.deepcopy(box)
print(d[0] is d[1], d[0] is v)

class Custom(Exception):
    def __deepcopy__(self, memo):
        return "custom"

print(copy.deepcopy(Custom()))
