# f-string basics: expressions, calls, nested quotes, braces.
name, n = 'World', 3
print(f'Hello, {name}!', f"{n + 1}", F'{n * 2}', f'{name.upper()}', f'{len(name)}')
print(f'{{literal}} {{{n}}}', f'{"double inside single"}', f"{'single inside double'}")
items = [1, 2, 3]
d = {'key': 'value'}
print(f'{items[0]} {items[-1]} {d["key"]} {items[1:]}')
print(f'{n if n > 2 else 0} {[i * i for i in items]} {(lambda x: x + 1)(n)}')
print(f'{n}{n}{n}', f'', f'no fields', f'{n!s}{name!r}')
print(f'''triple {name}
second line {n}''')
print(rf'raw {name}\n', fr'\t{n}')
print(f'{3.0}', f'{None}', f'{True}', f'{[1, "a"]}', f'{(1,)}', f'{ {1: 2} }')
x = 10
print(f'{x:>5}|{x:<5}|{x:^5}|')
print(f'{x + 1 = }' if False else 'skip', f'{"a" "b"}')
print(f'{n}' f'{name}' 'plain' f'{n}')
