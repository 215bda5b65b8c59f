# dir() and vars() on modules and functions (filtered to stable names).
import math
names = dir(math)
print('sqrt' in names, 'pi' in names, names == sorted(names))
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')][:10])
print([n for n in dir({}) if not n.startswith('_')])
def f():
    pass
f.tag = 1
print(vars(f))
x_global_marker = 1
print('x_global_marker' in dir(), 'x_global_marker' in vars())
def local_dir():
    a = 1
    b = 2
    return dir()
print(local_dir())
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
