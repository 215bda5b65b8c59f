# Lambdas close over enclosing function scopes.
def adders():
    return [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders()])
def make_pow(n):
    return lambda x: x ** n
sq, cube = make_pow(2), make_pow(3)
print(sq(4), cube(2))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(lambda a, b: a - b)(10)(3))
def counter():
    n = [0]
    return lambda: n.__setitem__(0, n[0] + 1) or n[0]
c = counter()
print(c(), c(), c())
