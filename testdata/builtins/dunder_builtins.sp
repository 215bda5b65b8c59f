# __builtins__ in __main__ is the builtins module (CPython 3.11).
import builtins

print(type(__builtins__).__name__, __builtins__.__name__)
print(__builtins__ is builtins, __builtins__.len is len, builtins.print is print)
print("__builtins__" in globals(), "__builtins__" in dir())
builtins.print("via builtins.print")
print(__builtins__.abs(-3), getattr(__builtins__, "max")(1, 5, 2))
