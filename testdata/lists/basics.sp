# List creation, indexing, len, membership, concatenation, repetition.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], 2 in a, 5 not in a, [] == [], [1] != [1.0])
print(a + [4], a * 2, [0] * 0, [[]] * 3, list(), list('ab'), list(range(3)), list((1, 2)))
b = [a] * 2
a.append(9)
print(b)
print([1, [2, [3, [4]]]], [None, True, 1.5, 'x'])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 'a'] == [1, 'a'])
try:
    a[10]
except IndexError as e:
    print('IndexError:', e)
try:
    a[-10] = 0
except IndexError as e:
    print('IndexError:', e)
try:
    a['0']
except TypeError as e:
    print('TypeError:', e)
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError:', e)
x = [1, 2]
x[1] = 'two'
print(x, x.__len__(), x.__getitem__(0))
