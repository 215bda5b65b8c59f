# str() and repr() of many values.
vals = [0, -1, 2**65, 1.0, -0.5, 1e-10, True, None, 'x', b'y', [1, 'a'], (1,), (), {}, {'a': [1]}, set(), {1}, frozenset(), range(3), range(1, 10, 2), slice(1, 2), slice(None), [[]], ((),)]
for v in vals:
    print(str(v), repr(v))
print(str(len), str(print))
