# List slicing and slice assignment: int, bool, big and None bounds,
# negative steps, sources that are lists (small and large), the list
# itself, tuples, generators and non-iterables.
a = list(range(10))
print(a[:], a[2:5], a[::-1], a[7::-1], a[-3:], a[:100], a[100:], a[::3])
print(a[1:8:2], a[-2::-1], a[True:3], a[None:None:None], a[2**70:], a[-2**70::-2])
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError", e)
perm = [3, 1, 2, 0, 4]
k = perm[0]
while k != 0:
    perm[:k + 1] = perm[k::-1]
    k = perm[0]
print(perm)
b = list(range(5))
b[1:3] = list(range(20))
print(len(b), b[:4], b[-3:])
b[:] = b
print(len(b), b[:3])
b[2:] = b[:2]
print(b)
b[::2] = [9, 8]
print(b)
b[::-1] = (1, 2, 3, 4)
print(b)
b[1:1] = (x * x for x in range(3))
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    b[::2] = 5
except TypeError as e:
    print("TypeError", e)
big = list(range(40))
big[5:35] = big[::-1]
print(len(big), big[:8], big[-8:])
c = [1, 2, 3]
d = c[:]
d.append(4)
print(c, d, c[:] is c)
