# get/setdefault/pop with defaults; `in` vs get on falsy values.
d = {'zero': 0, 'none': None, 'empty': ''}
for k in ['zero', 'none', 'empty', 'missing']:
    print(k, k in d, d.get(k), d.get(k, 'DEFAULT'), bool(d.get(k)))
print(d.setdefault('none', 'not used'), d.setdefault('fresh'), d)
print(d.pop('zero', None), d.pop('zero', None))
counts = {}
for ch in 'abracadabra':
    counts.setdefault(ch, 0)
    counts[ch] += 1
print(counts)
