# Decorators: plain, with arguments, stacked, preserving attributes manually.
def shout(fn):
    def wrapper(*a, **k):
        return str(fn(*a, **k)).upper() + '!'
    wrapper.__name__ = fn.__name__
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('world'), hello.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
order = []
def tag(label):
    def deco(fn):
        order.append('decorating with ' + label)
        def wrapper():
            return '<' + label + '>' + fn() + '</' + label + '>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'hi'
print(order)
print(text())
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return 'a'
@register
def beta(): return 'b'
print(sorted(registry), registry['beta']())
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
@(lambda fn: fn)
def ident():
    return 'decorated by a lambda'
print(ident())
