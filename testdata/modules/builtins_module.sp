# The builtins module is the namespace of built-in names.
import builtins
print(builtins.len([1, 2]), builtins.__name__, builtins.print is print)
print(builtins.ValueError is ValueError, hasattr(builtins, "open"))
orig = builtins.print
def shout(*a, **k):
    orig(*[str(x).upper() for x in a], **k)
builtins.print = shout
print("hello", 1)
builtins.print = orig
print("back")
builtins.my_helper = lambda: "from builtins"
print(my_helper())
del builtins.my_helper
try:
    my_helper()
except NameError as e:
    print(e)
try:
    builtins.nothing
except AttributeError as e:
    print(e)
print(getattr(builtins, "sum")([1, 2, 3]), "zip" in dir(builtins))
