# Nested replacement fields inside format specs.
width, prec = 10, 3
value = 3.14159265
print(f'{value:{width}.{prec}f}|')
print(f'{value:>{width}}|{value:<{width + 2}.{prec - 1}}|')
align = '^'
fill = '*'
print(f'{"mid":{fill}{align}{width}}|')
for w in range(3, 7):
    print(f'{w:{w}}|{"x":>{w}}|')
spec = '08.2f'
print(f'{value:{spec}}|')
fmt = ',d'
print(f'{1234567:{fmt}}')
print(f'{"abc":{"<"}{5}}|')
