# getattr/setattr/hasattr/delattr on functions and modules.
import math
def f():
    pass
setattr(f, 'color', 'red')
print(getattr(f, 'color'), hasattr(f, 'color'), f.color)
print(getattr(f, 'size', 'default'), hasattr(f, 'size'))
delattr(f, 'color')
print(hasattr(f, 'color'))
try:
    getattr(f, 'color')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(f, 'color')
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(math, 'pi'), hasattr(math, 'nope'), getattr('abc', 'upper')())
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(f, 5)
except TypeError as e:
    print('TypeError:', e)
print(getattr([], 'append').__name__, callable(getattr({}, 'get')))
