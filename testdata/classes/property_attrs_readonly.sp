# A property's fget/fset/fdel are read-only, its __doc__ writable (CPython's messages).
class T:
    @property
    def f(self):
        "the f"
        return 1
p = T.__dict__["f"]
for name in ["fget", "fset", "fdel", "__isabstractmethod__", "other"]:
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, "->", e)
    try:
        delattr(p, name)
    except AttributeError as e:
        print("del", name, "->", e)
print(p.__doc__)
p.__doc__ = "new doc"
print(p.__doc__, T.f.__doc__)
del p.__doc__
print(p.__doc__)
print(T().f)
