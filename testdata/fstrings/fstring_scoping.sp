# Names in f-strings resolve like ordinary expressions (locals, closures, globals).
g = 'global'
def outer():
    o = 'outer'
    def inner():
        l = 'local'
        return f'{l} {o} {g}'
    return inner()
print(outer())
print([f'{i}-{j}' for i in range(2) for j in 'ab'])
funcs = {k: (lambda k=k: f'<{k}>') for k in 'xy'}
print(funcs['x'](), funcs['y']())
print(f'{(lambda: g)()}', f'{[g for _ in range(2)]}')
