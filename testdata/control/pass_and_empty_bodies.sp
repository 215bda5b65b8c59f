# pass, ellipsis bodies, docstring-only bodies.
def nothing():
    pass
def doc_only():
    """Only a docstring."""
def ellipsis_body():
    ...
print(nothing(), doc_only(), ellipsis_body(), doc_only.__doc__)
for _ in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
print('done')
