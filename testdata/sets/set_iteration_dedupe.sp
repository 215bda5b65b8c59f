# Dedupe preserving order, set comprehensions, mutation during iteration.
data = [3, 1, 3, 2, 1, 4]
seen = set()
out = []
for x in data:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, sorted(seen))
print(list(dict.fromkeys(data)))
sq = {x * x for x in range(-3, 4)}
print(sorted(sq))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
words = ['Apple', 'apple', 'APPLE', 'banana']
print(sorted({w.lower() for w in words}))
print(len({(i % 3, j % 2) for i in range(10) for j in range(10)}))
