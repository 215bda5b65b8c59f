# min/max with key/default, and sum with start.
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max('hello'), min((5,)), max([1, 2], [1, 3]))
print(min([], default=None), max([], default='d'), max([4], default=0), min('bca', key=lambda c: -ord(c)))
print(max(['aa', 'b', 'cc'], key=len), min(['aa', 'b', 'cc'], key=len), max([1, 3, 3.0, 2]), max([3.0, 3, 1]))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}.items(), key=lambda kv: kv[1]), min(range(5, 0, -1)))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum(range(10), 100), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([0.1] * 3), sum([1, 2.0]), sum([True, True, False]), sum([], 0.0))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min([1, 'a']), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
