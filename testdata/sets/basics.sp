# Set creation, membership, add/remove/discard/pop, len. Sets are printed sorted.
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 not in s, type(s).__name__)
s.add(10); s.add(1)
print(sorted(s))
s.remove(10)
s.discard(99)
s.discard(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
x = {42}
print(x.pop(), x, set(), len(set()))
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
print(sorted(set('mississippi')), sorted(set([1, 1.0, 2])), set() == set(), {1} == {1.0})
try:
    {[1, 2]}
except TypeError as e:
    print('TypeError:', e)
try:
    set().add({})
except TypeError as e:
    print('TypeError:', e)
print({1, 2} == {2, 1}, {1} != {2}, bool(set()), bool({0}))
c = {1, 2}
c2 = c.copy()
c2.add(3)
print(sorted(c), sorted(c2))
c.clear()
print(c)
