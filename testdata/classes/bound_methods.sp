# Bound methods are objects: stored, passed, compared; unbound via the class.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f'{self.name} greets {other}'
g = Greeter('Ann')
m = g.greet
print(m('Bob'), Greeter.greet(g, 'Cy'), m.__self__ is g, m.__name__)
print(list(map(g.greet, ['x', 'y'])))
print(g.greet == g.greet, type(m).__name__)
