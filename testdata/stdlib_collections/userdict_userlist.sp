# collections.UserDict / UserList: delegation to .data, overriding hooks
from collections import UserDict, UserList

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), d["a"], "b" in d, list(d), d.get("z", 0), d.data, isinstance(d, UserDict), d == {"a": 1, "b": 2, "c": 3})
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()["ab"], dict(LowerDict(X=1)))

class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
s += [4]
print(s, len(s), s[0], s[-1], s[1:3], type(s[1:3]).__name__, s.pop(), s + [9], 3 in s, s == [1, 2, 3], sorted(Stack([3, 1, 2])))
s.reverse(); print(s, s.index(2), s.count(1))
