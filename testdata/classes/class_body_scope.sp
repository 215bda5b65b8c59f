# Class bodies: executed once at definition, names become attributes, no closure scope for methods.
print('before class')
class K:
    print('executing class body')
    a = 1
    b = a + 1
    items = [i * 2 for i in range(3)]
    try:
        bad = [a * i for i in range(3)]
    except NameError as e:
        print('class-level names are not visible in a comprehension:', e)
    def method(self):
        return self.a, K.b
print('after class', K.a, K.b, K.items, K().method())
x = 'global'
class Scope:
    x = 'class'
    def get(self):
        return x
print(Scope().get(), Scope.x)
