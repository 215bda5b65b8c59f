# Augmented assignment on names, subscripts and attributes; list += is in-place.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s *= 3
print(s)
d = {'k': 1}
d['k'] += 10
d.setdefault('z', []).append(1)
d['z'] += [2]
print(d)
lst = [1, 2, 3]
i = 0
lst[i] -= 5
lst[-1] **= 2
print(lst)
def class_like(): pass
class_like.count = 0
class_like.count += 1
class_like.count += 1
print(class_like.count)
a += 'xy'
print(a)
n = 5
n //= 2.0
print(n)
x = [[0]]
x[0][0] += 7
print(x)
try:
    undefined_name += 1
except NameError as e:
    print('NameError:', e)
