# inf, nan and negative zero.
inf = float('inf'); nan = float('nan')
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print([nan] == [nan], nan in [nan])
x = nan
print(x == x, [x] == [x], x is x)
print(float('Infinity'), float('-INF'), float(' nan '), float('+inf'))
z = -0.0
print(z, z == 0.0, 0.0 == -0.0, str(-0.0), repr(0.0 * -1))
print(abs(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 5)
print(round(-0.4), round(-0.5), round(-0.0), int(-0.9))
print(1 / inf, -1 / inf, inf / inf)
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
try:
    int(inf)
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(nan)
except ValueError as e:
    print('ValueError:', e)
print(inf == 10**400, 10**400 < inf, float(2**1023) * 2)
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
