# if/elif/else chains and truthiness of many values.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print([classify(n) for n in (-5, 0, 3, 10, 1000)])
for v in [0, 1, -1, 0.0, '', 'a', [], [0], {}, {0: 0}, (), None, set(), range(0), range(1), 0]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3: print('one-line if')
if x > 10:
    pass
elif x > 4:
    if x == 5:
        print('nested')
    else:
        print('not reached')
