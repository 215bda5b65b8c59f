# Arbitrary expressions inside f-strings: walrus, conditional, calls with kwargs.
vals = [3, 1, 2]
print(f'{sorted(vals, reverse=True)}', f'{max(vals, key=lambda v: -v)}')
print(f'{(n := len(vals))} then {n * 10}')
print(f'{"yes" if vals else "no"}', f'{not vals}', f'{vals and vals[0]}')
print(f'{",".join(map(str, vals))}', f'{dict(a=1)}', f'{ {"k": [1]}["k"] }')
print(f'{2 ** 10:,}', f'{-(-5)}', f'{~0}', f'{1 < 2 < 3}')
print(f'{vals[0]:{vals[1]}}|')
