# slice objects: attributes, indices(), use in subscripts, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(3))
data = list(range(12))
print(data[s], data[slice(None, None, -4)], 'abcdef'[slice(1, -1)], (1, 2, 3)[slice(2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
data[slice(0, 2)] = ['a', 'b']
print(data[:4])
del data[slice(0, None, 3)]
print(data)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
