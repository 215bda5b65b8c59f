# v[i] op= x on a list: the item is read, computed and stored back; an
# __iadd__ that empties the list makes the store fail as in CPython.
class P:
    def __init__(self, l): self.l = l
    def __iadd__(self, o):
        self.l.clear()
        return self
l = [1.5, 2, P(None)]
l[2].l = l
l[0] -= 0.5 * 2
l[-2] += 3
print(l[:2])
try:
    l[2] += 1
except IndexError as e:
    print("IndexError", e)
print(l)
try:
    l[5] += 1
except IndexError as e:
    print("IndexError", e)
