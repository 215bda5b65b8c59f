# Instance attribute slots once threads share values (the sequence-lock
# paths of runtime/instance_storage.go): two threads make instances of a
# class that keeps learning attribute names, inline and beyond.
class A:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)

def work(w):
    total = 0
    for i in range(3000):
        o = A(i % 13)
        if i % 13 > 10:
            o.a9 = w
            total += o.a9 + o.a10 + o.a0
        elif i % 13 > 2:
            total += o.a2
    return total

res = [0, 0]
await:
    async: res[0] = work(1)
    async: res[1] = work(2)
print(res)

shared = A(3)
def grow(w):
    for i in range(200):
        setattr(shared, "t%d_%d" % (w, i % 20), i)
    return getattr(shared, "t%d_19" % w)

out = [0, 0]
await:
    async: out[0] = grow(0)
    async: out[1] = grow(1)
print(out, shared.a2, len(vars(shared)))
