# Instances keep as many attribute slots inline as their class had seen
# names when they were made, the rest beside them (runtime/instance_storage.go):
# instances made before and after a class learns more names, beyond eight
# names, deletion, and the switch to a __dict__ must all agree.
class A:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)

objs = [A(k) for k in range(12)] + [A(12), A(3), A(0)]
for o in objs:
    print(sorted(vars(o).items())[:3], len(vars(o)))

b = A(10)
b.a3 = "x"
del b.a9
b.z = 1
print(b.a3, hasattr(b, "a9"), b.z, b.a8)
try:
    del b.a9
except AttributeError as e:
    print("AttributeError:", e)
d = b.__dict__
d["q"] = 5
print(b.q, sorted(b.__dict__)[:4])


class P:
    pass

p = P()
p.x = 1
p2 = P()
p2.y = 2
p2.x = 3
p3 = P()
p3.x, p3.y, p3.w = 4, 5, 6
print(p.x, p2.x, p2.y, p3.w, hasattr(p, "y"), dir(p3)[-3:])

old = A(2)
for i in range(2, 11):
    setattr(old, "a%d" % i, -i)
print(old.a0, old.a1, old.a7, old.a8, old.a10)
