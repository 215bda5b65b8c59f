# break/continue/return through try/finally inside loops.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
def find(items, target):
    for i, item in enumerate(items):
        try:
            if item == target:
                return i
        finally:
            print('checked', item)
    return -1
print(find('abc', 'b'))
results = []
for v in ['1', 'x', '3', None]:
    try:
        results.append(int(v))
    except ValueError:
        results.append('bad')
    except TypeError:
        results.append('none')
print(results)
