# warnings.warn prints file:line: Category: message and the source line to stderr, once per location
import warnings

def f():
    warnings.warn("careful")
for i in range(3):
    f()
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("note", RuntimeWarning)
print("done")
