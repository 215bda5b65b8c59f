# f-string format specs: width, alignment, fill, sign, grouping, precision, types.
v = 1234.5678
i = 42
print(f'{v:.2f}|{v:10.2f}|{v:<10.2f}|{v:^10.2f}|{v:>10.2f}|')
print(f'{v:,.2f}|{v:_.3f}|{v:+.1f}|{-v: .1f}|{v:e}|{v:.2E}|{v:g}|{v:.3g}|')
print(f'{i:05d}|{i:+d}|{i:x}|{i:#X}|{i:o}|{i:b}|{i:#010b}|{i:c}|')
print(f'{i:*^10}|{i:->8}|{i:=<6}|{-i:=6}|{i:,}|{10**9:,}|{10**9:_}|')
print(f'{0.256:.1%}|{1/3:.5}|{2/3:.0%}|{12:.2f}|{1e6:,.0f}|')
s = 'text'
print(f'{s:>8}|{s:.2}|{s:*<7}|{s!r:>8}|{s:^9}|')
print(f'{True:>6}|{None!s:>6}|{[1, 2]!s:>8}|')
print(f'{-0.0:.1f}|{float("inf"):8.2f}|{float("nan"):>5}|')
print(f'{12345678:>15,}|{-12345678:015,}|{0.5:08.3f}|')
print(f'{255:#06x}|{255:#o}|{-255:x}|{255:X}')
