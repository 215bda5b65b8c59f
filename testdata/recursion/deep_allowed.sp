# Recursion below the default limit (1000) works.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def sum_list(xs):
    return 0 if not xs else xs[0] + sum_list(xs[1:])
print(sum_list(list(range(500))))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
