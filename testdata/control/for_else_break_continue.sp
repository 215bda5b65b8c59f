# for/else, break, continue, nested loops, loops over various iterables.
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, '=', d, '*', n // d)
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty loop else')
for i in range(5):
    if i % 2:
        continue
    print('even', i)
for ch in 'ab':
    for num in (1, 2):
        print(ch, num, end='; ')
print()
for k in {'x': 1, 'y': 2}:
    print('key', k)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for i in range(3):
    pass
print('after loop i =', i)
for i in range(10, 0, -3):
    print(i, end=' ')
print()
