# Every list method.
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend('ab'); a.extend(range(2)); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'before-last'); a.insert(-100, 'very-first'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('a'); print(a)
print(a.index(2), a.index(5, 2), a.count(1), [1, 1, 2].count(1))
b = a.copy(); b.clear(); print(a, b)
c = [5, 2, 8, 1]
c.reverse(); print(c)
c.sort(); print(c)
c.sort(reverse=True); print(c)
print(c.sort(), c.reverse(), c.append(0), c)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    [1, 'a'].sort()
except TypeError as e:
    print('TypeError:', e)
