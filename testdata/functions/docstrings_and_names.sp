# Docstrings, __name__/__qualname__ of nested and lambda functions, module __name__.
def f():
    """First line.

    More text.
    """
print(repr(f.__doc__))
print(__name__)
def outer():
    def middle():
        def inner():
            pass
        return inner
    return middle()
print(outer().__qualname__, outer().__name__)
print((lambda: 0).__qualname__)
print(repr(print.__name__), len.__name__)
