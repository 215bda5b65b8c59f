# f-strings across lines, with dict literals, comprehensions and format().
data = {'a': 1, 'b': 2}
report = (
    f'keys={list(data)} '
    f'values={list(data.values())} '
    f'total={sum(data.values())}'
)
print(report)
rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25)]
for name, qty, price in rows:
    print(f'{name:<8}{qty:>4}{price:>8.2f}{qty * price:>8.2f}')
print(f"""{'|'.join(f'{k}:{v}' for k, v in data.items())}""")
print(f'{"nested " + f"{1 + 1}"}')
print(f'{data["a"]:03}')
