# Common dict idioms: counting, grouping, inverting, nested dicts, sorting by value.
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
nested = {'outer': {'inner': {'leaf': 1}}}
nested['outer']['inner']['leaf2'] = 2
print(nested, nested['outer']['inner'].get('leaf2'))
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
print(dict(zip(['a', 'b', 'c'], [1, 2])))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
