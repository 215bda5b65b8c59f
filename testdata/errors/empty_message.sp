# An exception whose str() is empty prints just its type name.
def f():
    raise ValueError('')
f()
