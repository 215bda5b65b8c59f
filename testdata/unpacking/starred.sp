# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (1, 2)
print(everything)
(x, *y), w = ('xyz', 'w')
print(x, y, w)
head, *tail = 'a'
print(head, tail)
for a, *b in [(1, 2, 3), (4,), ('p', 'q')]:
    print(a, b)
d = {'k1': 1, 'k2': 2, 'k3': 3}
k, *ks = d
print(k, ks)
print([*range(3), *'ab'], (*[1], 2), {*'aa', 'b'} == {'a', 'b'})
