# Unpacking into local names (the direct-to-slot path): tuples, lists,
# other iterables, and the count errors.
def f(v):
    try:
        a, b, c = v
        return a, b, c
    except Exception as e:
        return type(e).__name__, str(e)
for v in [(1,2,3), [1,2,3], (1,2), [1,2,3,4], "abc", "ab", iter(range(100)), 5, None, {1:2,3:4,5:6}, list(range(40))]:
    print(f(v))
def g():
    for a, b in [(1, 2), [3, 4]]:
        print(a + b)
    x = [1, 2]
    x, y = x
    print(x, y)
g()
