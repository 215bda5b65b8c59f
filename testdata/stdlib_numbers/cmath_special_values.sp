# cmath on infinities, NaNs, signed zeros, tiny and huge parts: the C99
# Annex G results CPython 3.11 gives, and its ValueError/OverflowError.
import cmath, math

inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 1e-310, 1e300, -1.7e308, inf, -inf, nan]

def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__

for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
             'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar']:
    f = getattr(cmath, name)
    for x in vals:
        print(name, x, ' '.join(show(f, complex(x, y)) for y in vals))
for x in vals:
    print('rect', x, ' '.join(show(cmath.rect, x, y) for y in vals))
