# sort/sorted: stability, key, reverse keeps stability, mixed numeric types.
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
by_name.sort(key=lambda p: p[1])
print(by_name)
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted([3, 1.5, True, 0, -2.5, 2**70]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted((3, 2, 1)), sorted('bca'), sorted({3: 0, 1: 0}))
print(sorted([1, 2, 3], key=lambda x: 0), sorted([], reverse=True))
print(sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted(['b', 'A', 'a', 'B'], key=str.lower, reverse=True))
nums = [5, 3, 8]
s = sorted(nums)
print(nums, s, s is nums)
try:
    sorted([1, None])
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1], key=1)
except TypeError as e:
    print('TypeError:', e)
print(sorted([-3, 2, -1, 0], key=abs))
