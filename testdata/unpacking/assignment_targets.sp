# Assignment targets: subscripts, slices, attributes, evaluation order.
d = {}
d['a'] = d['b'] = 1
print(d)
lst = [1, 2, 3, 4]
lst[1:3] = lst[0], lst[3]
print(lst)
def f(): pass
f.x, f.y = 'x', 'y'
print(f.x, f.y)
order = []
def key(k):
    order.append('key ' + k)
    return k
def val(v):
    order.append('val ' + str(v))
    return v
d2 = {}
d2[key('a')] = val(1)
print(order)
a = [0, 1, 2]
i = 0
i = a[i] = 2
print(i, a)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
