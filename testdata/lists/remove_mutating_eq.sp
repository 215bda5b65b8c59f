class E:
    def __init__(self, l, v): self.l, self.v = l, v
    def __eq__(self, o):
        if self.l: self.l.clear()
        return self.v == o
l = [1, 2, 3, 2]
l.remove(2); print(l)
m = [5, 6]
m.remove(E([], 6)); print(m)
n = [1, 2]
try:
    n.remove(E(n, 2))
except ValueError as e:
    print(e)
print(n)
