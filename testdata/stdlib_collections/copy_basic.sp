# copy: shallow and deep copies, __copy__/__deepcopy__, cycles, shared refs
import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d[1] is not cyc, len(d))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)

class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point([1], 2)
q = copy.copy(p); r = copy.deepcopy(p)
p.x.append(7)
print(q, r, type(r).__name__, q.x is p.x)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
x = Custom([1, 2])
y = copy.copy(x); z = copy.deepcopy(x)
print(y.v is x.v, z.v == x.v, z.v is x.v)

class Node:
    def __init__(self, name):
        self.name = name; self.children = []; self.parent = None
root = Node("root"); kid = Node("kid"); kid.parent = root; root.children.append(kid)
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2 is not root, root2.children[0].name)
s = {1, 2}; fs = frozenset([1])
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(fs) is fs, copy.copy({"a": 1}))
class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])
