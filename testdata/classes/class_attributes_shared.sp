# Mutable class attributes are shared between instances.
class Registry:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Registry(), Registry()
a.add(1); b.add(2)
print(a.items, b.items, Registry.items, a.items is b.items)
class Fixed:
    def __init__(self):
        self.items = []
c, d = Fixed(), Fixed()
c.items.append(1)
print(c.items, d.items)
