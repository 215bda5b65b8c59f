# Functions are objects: attributes, __name__, __doc__, __defaults__, passing around.
def f(a, b=1):
    """Docstring of f."""
    return a + b
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__ if hasattr(f, '__kwdefaults__') else None)
f.custom = 'attr'
print(f.custom, getattr(f, 'custom'), hasattr(f, 'nope'))
g = f
print(g(1), g is f, g.__name__)
def no_doc():
    pass
print(no_doc.__doc__, callable(f), callable(5))
def kwd(*, x=3):
    pass
print(kwd.__kwdefaults__)
lam = lambda: 0
print(lam.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
funcs = [len, str.upper, f, lam]
print([fn.__name__ for fn in funcs])
try:
    f.nope
except AttributeError as e:
    print('AttributeError:', e)
