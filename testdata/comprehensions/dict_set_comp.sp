# Dict and set comprehensions.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip('abc', range(3)) if v})
print({v: k for k, v in {'a': 1, 'b': 1, 'c': 2}.items()})
print({x % 3: x for x in range(10)})
print(sorted({x % 4 for x in range(100)}))
print({(a, b): a * b for a in range(2) for b in range(2)})
words = ['apple', 'bob', 'cat', 'anna']
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
print({w: len(w) for w in words if len(w) > 3})
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print('TypeError:', e)
