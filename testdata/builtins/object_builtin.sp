# object(): plain instances, equality by identity, no attributes.
o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, o is o)
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(isinstance(o, object), bool(o), str(o).startswith('<object object at '))
sentinel = object()
def get(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        return 'missing' if default is sentinel else default
    return v
print(get({'a': None}, 'a'), get({}, 'a'), get({}, 'a', 0))
