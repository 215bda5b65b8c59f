# Unpacking in for loops and comprehensions.
pairs = [(1, 'one'), (2, 'two')]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
print([a * b for a, b in [(1, 2), (3, 4)]])
print({k: v for k, v in [('x', 1), ('y', 2)]})
for k, v in {'a': 1, 'b': 2}.items():
    print(k, '=', v)
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print(a, b)
except ValueError as e:
    print('ValueError:', e)
