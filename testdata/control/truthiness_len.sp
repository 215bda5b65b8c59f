# Truth value testing rules for containers, numbers, strings.
values = [0, 0.0, -0.0, 1, -1, 2**100, '', ' ', '0', b'', b'\x00', [], [[]], (), ((),), {}, {'': ''}, set(), frozenset([0]), range(0), range(1), None, float('nan')]
print([bool(v) for v in values])
print(len([]), len('abc'), len({'a': 1}), len(range(0, 10, 3)), len(b'xy'), len(()), len({1, 2}))
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
try:
    len(None)
except TypeError as e:
    print('TypeError:', e)
try:
    len(x for x in [])
except TypeError as e:
    print('TypeError:', e)
