# Lists as stacks and queues; algorithms on lists.
stack = []
for c in '({[]})':
    if c in '({[':
        stack.append(c)
    else:
        top = stack.pop()
        print('match', top, c)
print('empty' if not stack else stack)
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 3:
        queue.append(item + 10)
    print(item, queue)
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 5, 7, 9]
print([bsearch(data, x) for x in [0, 1, 4, 9, 10]])
