# __eq__ and __hash__: instances as dict keys and set members.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f'Key({self.k!r})'
d = {Key('a'): 1}
d[Key('a')] = 2
print(d, Key('a') in d, len({Key(1), Key(1), Key(2)}))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), len({p, p}))
