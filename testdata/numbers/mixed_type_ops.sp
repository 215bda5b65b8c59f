# Mixed-type operations and their TypeErrors.
print(1 + 2.0, 1 + True, 2.5 * True, 3 * '-', '-' * 3, [0] * 3, 3 * (1,))
print('a' * 0, 'a' * -1, [1] * -5, 'ab' * True)
cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + (2,),
    lambda: 'a' * 'b',
    lambda: 'a' * 2.0,
    lambda: None + 1,
    lambda: -'a',
    lambda: ~1.5,
    lambda: [] - [],
    lambda: {} + {},
    lambda: 'abc' / 2,
    lambda: 2 ** 'x',
    lambda: 'a' < 1,
]
for f in cases:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
