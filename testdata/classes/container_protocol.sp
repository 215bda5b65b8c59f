# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Bag:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
    def __iter__(self):
        return iter(sorted(self.data))
b = Bag()
b['x'] = 1
b['a'] = 2
print(len(b), b['x'], 'a' in b, 'z' in b, list(b), bool(b))
del b['x']
print(len(b), list(b))
try:
    b['missing']
except KeyError as e:
    print('KeyError:', e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Sliceable:
    def __getitem__(self, key):
        return key
s = Sliceable()
print(s[1], s[1:2], s[::2], s[1, 2], s['k'])
