# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e)
print(isinstance(RecursionError(), RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught too')
print('program continues normally')
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
