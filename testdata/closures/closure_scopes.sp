# LEGB resolution: local, enclosing, global, builtin; shadowing builtins.
x = 'global x'
def outer():
    x = 'enclosing x'
    def inner():
        return x
    return inner()
print(outer())
def uses_builtin():
    return len('abc')
print(uses_builtin())
len = lambda s: 'shadowed len'
print(uses_builtin())
del len
print(uses_builtin())
def builtin_shadow_local():
    max = 'local max'
    return max
print(builtin_shadow_local(), max(1, 2))
def f():
    def g():
        return y
    y = 'assigned after g defined'
    return g()
print(f())
def free_before_assignment():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print('NameError:', e)
    z = 1
free_before_assignment()
