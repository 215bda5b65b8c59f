# while loops, while/else with and without break.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while finished normally, i =', i)
n = 0
while True:
    n += 1
    if n >= 3:
        break
else:
    print('not printed')
print('broke at', n)
k = 10
while k < 5:
    print('never')
else:
    print('else runs even when the body never runs')
count = 0
while count < 3:
    count += 1
    j = 0
    while j < 3:
        j += 1
        if j == 2:
            break
    else:
        print('inner else not reached')
print(count, j)
