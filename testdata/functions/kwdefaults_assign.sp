# f.__kwdefaults__ can be set (a dict: one default per keyword-only
# parameter, the rest required), set to None and deleted, as in CPython.
def f(a, *, c=2, d): return (c, d)
print(f.__kwdefaults__, f(1, d=0))
f.__kwdefaults__ = {"c": 5, "d": 6}
print(f(1), f.__kwdefaults__)
f.__kwdefaults__ = None
try: f(1)
except TypeError as e: print(e)
print(f.__kwdefaults__)
f.__kwdefaults__ = {"d": 1}
print(f(1, c=3))
try: f(1)
except TypeError as e: print(e)
try: f.__kwdefaults__ = [1]
except TypeError as e: print(e)
del f.__kwdefaults__
print(f.__kwdefaults__)
g = lambda *, k=3: k
print(g(), g.__kwdefaults__)
