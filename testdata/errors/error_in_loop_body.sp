# Error in the middle of a module-level loop: earlier output is kept.
total = 0
for i, s in enumerate(['10', '20', 'x30', '40']):
    total += int(s)
    print('running total', total)
