# any/all short-circuit over iterables.
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any('x'), all(''))
checked = []
def check(v):
    checked.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 0, 1]), checked)
checked.clear()
print(all(check(v) for v in [1, 1, 0, 1]), checked)
print(any(x > 10 for x in range(20)), all(x < 10 for x in range(5)))
try:
    any(5)
except TypeError as e:
    print('TypeError:', e)
