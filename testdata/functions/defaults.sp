# Default arguments: evaluated once at def time; mutable default pitfall.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
counter = 10
def show(v=counter):
    return v
counter = 20
print(show(), show(5))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
print(greet.__defaults__, show.__defaults__, safe.__name__)
def none_default(a=None, b=0, c=''):
    return a, b, c
print(none_default(), none_default(c='c'))
