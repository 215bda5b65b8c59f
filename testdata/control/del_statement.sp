# del on names, subscripts, slices, attributes and several targets at once.
a = 1
b = [0, 1, 2, 3, 4, 5]
c = {'x': 1, 'y': 2, 'z': 3}
def f(): pass
f.attr = 'value'
del a
del b[0], b[-1]
del c['x']
del f.attr
print(b, c, hasattr(f, 'attr'))
del b[1:3]
print(b)
x, y = 1, 2
del (x, y)
try:
    print(x)
except NameError as e:
    print('NameError:', e)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(local_del())
try:
    del undefined_thing
except NameError as e:
    print('NameError:', e)
try:
    del c['missing']
except KeyError as e:
    print('KeyError:', e)
lst = [[1, 2], [3]]
del lst[0][1]
print(lst)
