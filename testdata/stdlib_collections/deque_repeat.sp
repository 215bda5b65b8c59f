from collections import deque
d = deque([1, 2, 3])
print(d * 2, 2 * d, d * 0, d * -1, d)
m = deque([1, 2, 3], maxlen=4)
print(m * 2, (m * 3).maxlen, 3 * m)
e = deque("ab", maxlen=5)
e *= 3
print(e)
f = d
f *= 2
print(f is d, d)
d *= 0
print(d, deque() * 5, deque([1], maxlen=0) * 3)
print(deque([1]) + deque([2], maxlen=1))
for bad in [lambda: deque([1]) * 1.5, lambda: deque([1]) * "a", lambda: deque([1]) + [2]]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
