# !r !s !a conversions and the = debugging specifier.
s = 'héllo'
print(f'{s!r}', f'{s!s}', f'{s!a}', f'{s!r:>12}|')
x = 5
y = [1, 'a']
print(f'{x=}', f'{y=}', f'{x + 1=}', f'{x = }', f'{s=}', f'{s=!s}', f'{x=:>4}|')
print(f'{3.5=:.2f}', f'{x*2 = }', f"{'q'=}")
class_name = 'C'
print(f'{class_name!r}={x!r}')
print(f'{None!r} {1.0!r} {"a"!r:5}|')
