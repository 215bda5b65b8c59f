# Chained comparisons evaluate each operand at most once, left to right, short-circuit.
def v(label, value):
    print('eval', label)
    return value
print(v('a', 1) < v('b', 2) < v('c', 3))
print(v('a', 1) < v('b', 0) < v('c', 3))
print(v('a', 1) == v('b', 1) != v('c', 2) > v('d', 0))
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 1 < 2 > 0 < 3 != 4)
print(1 in [1, 2] in [[1, 2]], 'a' < 'b' in 'abc')
t = True
one = 1
print(0 < one is one, (0 < one) is t, 2 < one is one)
print(3 > 2 > 1, (3 > 2) > 1)
