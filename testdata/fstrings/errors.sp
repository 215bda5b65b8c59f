# Errors raised while evaluating f-strings.
def try_(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
try_(lambda: f'{undefined}')
try_(lambda: f'{1 / 0}')
try_(lambda: f'{"abc":d}')
try_(lambda: f'{12:s}')
try_(lambda: f'{[1][5]}')
try_(lambda: f'{1.5:x}')
try_(lambda: f'{"x":,}')
try_(lambda: f'{None:>5}')
try_(lambda: f'{object():abc}' if False else 'ok')
try_(lambda: f'{{}}'.format())
