# deque is a ring buffer: rotations both ways (full ring and not), bounded
# deques dropping from the far end, indexing after wrap-around, and
# iterators that see a mutation raise as in CPython.
from collections import deque
import copy
d = deque(range(10))
for k in (3, -2, 7, -9, 0, 10, 15, 1, -1, 5):
    d.rotate(k); print(list(d))
d = deque(range(8), maxlen=8)
for k in (3, -3, 4, 5, -7):
    d.rotate(k); print(d)
d = deque(maxlen=3)
for i in range(7):
    d.append(i); print(d)
    d.appendleft(-i); print(d)
d = deque()
for i in range(20):
    if i % 3: d.appendleft(i)
    else: d.append(i)
    if i % 5 == 4: d.popleft(); d.pop()
print(d, len(d), d[0], d[-1], d[3])
d[2] = "x"; del d[1]; d.insert(2, "y"); d.remove("x"); d.reverse(); print(d)
print(list(reversed(d)), 7 in d, d.count(7), d.index(7))
e = d.copy(); e.extend([1, 2]); e.extendleft([3, 4]); print(e, d == e, d < e)
print(copy.deepcopy(deque([[1], [2]], maxlen=5)), copy.copy(e))
it = iter(d); next(it); d[0] = 5; print(next(it))
it = iter(d); d.rotate(1)
try: next(it)
except RuntimeError as e: print("RuntimeError", e)
it = reversed(d); d.append(1)
try: next(it)
except RuntimeError as e: print("RuntimeError", e)
d2 = deque([1, 2, 3]); it = iter(d2); d2.clear()
try: next(it)
except RuntimeError as e: print("RuntimeError", e)
print(deque([1, 2]) * 3, deque([1, 2, 3], maxlen=4) * 2, deque("ab") + deque("cd"))
d3 = deque([1, 2, 3]); d3 *= 2; print(d3); d3 += [9]; print(d3)
d4 = deque(maxlen=0); d4.append(1); d4.appendleft(2); print(d4)
d5 = deque(); 
for i in range(100): d5.append(i)
for i in range(95): d5.popleft()
for i in range(50): d5.appendleft(-i)
d5.rotate(7); print(list(d5)[:10], len(d5), sum(d5))
print(repr(deque([deque([1])])), bool(deque()), deque([1]) == deque([1]))
dd = deque([1]); dd.append(dd); print(dd)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__, iter(it) is it, next(iter(deque([7]))))
print(type(iter(deque())), repr(type(reversed(deque()))))
