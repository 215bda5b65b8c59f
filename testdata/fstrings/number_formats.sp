# Numeric presentation types through f-strings, covering the classic pitfalls.
for v in [0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1e16, 1e-7, 123456.789, 2**70]:
    print(f'{v!r:>24} | {v:>12.3g} | {v:>14,.2f} | {v:>12.2e} | {float(v):>10.1%}')
for v in [0, 7, 255, -255, 2**64]:
    print(f'{v:>22d} {v:>20x} {v:>8o} {v:>#12b}' if v < 2**20 else f'{v:>22d} {v:>20x}')
print(f'{1.0:g} {10.0:g} {100000.0:g} {1000000.0:g} {0.0001:g} {0.00001:g}')
print(f'{1.5:n} {1234.5:n} {3:n}')
print(f'{123.456:.0f} {0.5:.0f} {1.5:.0f} {2.675:.2f} {-1.5:.0f}')
