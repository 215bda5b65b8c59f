# Iterating lists: enumerate, reversed, index loop, mutation while iterating.
a = ['a', 'b', 'c']
for i, v in enumerate(a):
    print(i, v)
for v in reversed(a):
    print(v, end=' ')
print()
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
it = iter([1, 2])
print(list(it), list(it))
lst = [3, 4]
for i in range(len(lst)):
    lst[i] *= 10
print(lst)
