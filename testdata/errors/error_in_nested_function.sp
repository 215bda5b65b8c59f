# Nested function frames are shown by their plain name.
def outer(values):
    def inner(v):
        return 10 / v
    return [inner(v) for v in values]
print(outer([1, 2]))
outer([5, 0])
