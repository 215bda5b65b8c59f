# heapq.merge is lazy (infinite inputs work), stable across inputs, honours key and reverse
import heapq, itertools
print(list(itertools.islice(heapq.merge(itertools.count(0, 2), itertools.count(1, 3)), 10)))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(["c", "a"], ["b"], key=str.upper)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge([3, 1], [4, 2], key=lambda x: -x, reverse=True)))
print(list(heapq.merge("ace", "bdf")), list(heapq.merge([1.5, 2], [1, True])))
g = heapq.merge([1, 2], [3]); print(next(g), type(g).__name__, list(g))
def noisy(name, items):
    for x in items:
        print("read", name, x)
        yield x
m = heapq.merge(noisy("A", [1, 4]), noisy("B", [2, 3]))
print("created")
print(next(m)); print(next(m)); print(list(m))
try:
    heapq.merge([1], 5)
except TypeError as e:
    print("TypeError", e)
